package dev.pygov.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas and the AsyncAPI document outside consumers read are generated from the payload records.
 * This test fails when a record and its published contract disagree; regenerate with
 * {@code ./mvnw -pl events test -Dpygov.events.regenerate=true} and review the diff.
 */
class PublishedContractsTest {

    private static final Path MODULE = Path.of(System.getProperty("pygov.events.module", "."));
    private static final Path SCHEMAS = MODULE.resolve("src/main/resources/schemas");
    private static final Path ASYNCAPI = MODULE.resolve("src/main/resources/asyncapi.yaml");
    private static final boolean REGENERATE = Boolean.getBoolean("pygov.events.regenerate");

    private final ObjectMapper json = EventCodec.mapper();
    private final SchemaGenerator generator = new SchemaGenerator(new SchemaGeneratorConfigBuilder(
            SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule())
            .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
            .build());

    @Test
    void everyPayloadSchemaIsPublishedAsGenerated() throws IOException {
        for (EventCatalog.Definition definition : EventCatalog.all()) {
            String expected = json.writerWithDefaultPrettyPrinter().writeValueAsString(schemaOf(definition)) + "\n";
            Path published = SCHEMAS.resolve(definition.type() + ".json");
            if (REGENERATE) {
                Files.createDirectories(SCHEMAS);
                Files.writeString(published, expected);
            }
            assertThat(published).as("published schema of %s (regenerate: -Dpygov.events.regenerate=true)", definition.type())
                    .exists();
            assertThat(Files.readString(published)).as("schema of %s", definition.type()).isEqualTo(expected);
        }
        try (var files = Files.list(SCHEMAS)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")).toList())
                    .as("every published schema belongs to a catalogued event")
                    .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventCatalog.Definition::type).toList());
        }
    }

    @Test
    void theAsyncApiDocumentDescribesEveryTopicAndEvent() throws IOException {
        String expected = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)).writeValueAsString(asyncApi());
        if (REGENERATE) {
            Files.writeString(ASYNCAPI, expected);
        }
        assertThat(Files.readString(ASYNCAPI)).as("asyncapi.yaml (regenerate: -Dpygov.events.regenerate=true)").isEqualTo(expected);
    }

    @Test
    void everyEventAsWrittenValidatesAgainstItsPublishedSchema() throws IOException {
        for (EventCatalog.Definition definition : EventCatalog.all()) {
            JsonNode schema = json.readTree(SCHEMAS.resolve(definition.type() + ".json").toFile());
            EventPayload sample = SamplePayloads.of(definition.payload());
            CloudEvent event = EventCodec.wrap("/test", sample, java.time.Instant.parse("2026-11-22T10:00:00Z"));
            CloudEvent read = EventCodec.read(EventCodec.write(event));

            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(read.data());
            assertThat(errors).as("%s against its schema", definition.type()).isEmpty();
            assertThat(EventCodec.data(read, definition.payload())).isEqualTo(sample);
            assertThat(read.subject()).isEqualTo(sample.key());
        }
    }

    @Test
    void typesAreVersionedUniqueAndOnKnownTopics() {
        assertThat(EventCatalog.all()).hasSize(EventCatalog.PAYLOADS.size());
        assertThat(EventCatalog.all()).allSatisfy(d -> {
            assertThat(d.type()).matches("dev\\.pygov\\.(membership|election|proposal)\\.[a-z-]+\\.v\\d+");
            assertThat(Topics.ALL).contains(d.topic());
            assertThat(d.type()).startsWith("dev.pygov." + d.topic().split("\\.")[1] + ".");
        });
    }

    /** Insertion-ordered, so the document is byte-for-byte the same in every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private ObjectNode schemaOf(EventCatalog.Definition definition) {
        ObjectNode schema = generator.generateSchema(definition.payload());
        schema.put("$id", "https://pygov.dev/schemas/" + definition.type() + ".json");
        schema.put("title", definition.payload().getSimpleName());
        schema.put("description", definition.description());
        return schema;
    }

    private Map<String, Object> asyncApi() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put("info", ordered("title", "PyGov events", "version", "1.0.0",
                "description", "CloudEvents 1.0 in structured JSON mode (content-type application/cloudevents+json) on Kafka."
                        + " The Kafka key is the event's partitionkey; events with one key arrive in order; delivery is at least once,"
                        + " so deduplicate by CloudEvents source + id."));
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            List<EventCatalog.Definition> onTopic = EventCatalog.all().stream().filter(d -> d.topic().equals(topic)).toList();
            Map<String, Object> channelMessages = new LinkedHashMap<>();
            for (EventCatalog.Definition d : onTopic) {
                String name = d.payload().getSimpleName();
                channelMessages.put(name, ordered("$ref", "#/components/messages/" + name));
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("name", d.type());
                message.put("title", name);
                message.put("summary", d.description());
                message.put("contentType", CloudEvent.CONTENT_TYPE);
                message.put("bindings", ordered("kafka", ordered("key", ordered("type", "string", "description", d.key()))));
                message.put("payload", ordered(
                        "type", "object",
                        "required", List.of("specversion", "id", "source", "type", "data"),
                        "properties", ordered(
                                "type", ordered("const", d.type()),
                                "data", ordered("$ref", "schemas/" + d.type() + ".json"))));
                messages.put(name, message);
            }
            String channelId = topic.replace('.', '-');
            channels.put(channelId, ordered("address", topic, "messages", channelMessages));
            operations.put("receive-" + channelId, ordered("action", "receive",
                    "channel", ordered("$ref", "#/channels/" + channelId)));
        }
        doc.put("channels", channels);
        doc.put("operations", operations);
        doc.put("components", ordered("messages", messages));
        return doc;
    }
}
