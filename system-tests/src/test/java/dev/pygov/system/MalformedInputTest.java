package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least ten thousand malformed bodies against every endpoint that takes JSON, sent by a caller the endpoint admits
 * (real tokens): broken JSON, the wrong top-level type, and objects whose every documented property has the wrong
 * type. Each answer must be a problem-details 4xx, never a 5xx; and no service writes a single event meanwhile.
 * Inputs come from a fixed seed, so a failure names an input that reproduces.
 */
@ExtendWith(PlatformExtension.class)
class MalformedInputTest {

    private static final List<String> SERVICES = List.of("membership", "election", "proposal", "notification");
    private static final int INPUTS = 10_000;
    private static final long SEED = 20261122L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void malformedBodiesGetProblemDetailsAndChangeNothing() throws IOException {
        List<ApiOperations.Caller> callers = ApiOperations.callers();
        List<ApiOperations.Operation> operations = new ArrayList<>();
        Map<String, JsonNode> documents = new HashMap<>();
        for (String service : SERVICES) {
            operations.addAll(ApiOperations.of(service).stream().filter(ApiOperations.Operation::takesJsonBody).toList());
            documents.put(service, JSON.readTree(given().queryParam("format", "json")
                    .get(PlatformExtension.platform().serviceUrl(service) + "/q/openapi").asString()));
        }
        assertThat(operations).as("endpoints taking JSON bodies").hasSizeGreaterThan(20);
        Map<String, Long> eventsBefore = eventsWritten();

        Random random = new Random(SEED);
        int perOperation = (INPUTS + operations.size() - 1) / operations.size();
        int sent = 0;
        List<String> violations = new ArrayList<>();
        for (ApiOperations.Operation operation : operations) {
            Optional<ApiOperations.Caller> caller = admitted(operation, callers);
            JsonNode schema = resolve(documents.get(operation.service()), operation.requestSchema());
            for (int i = 0; i < perOperation; i++) {
                String body = malformed(schema, random);
                RequestSpecification request = given().redirects().follow(false).contentType(operation.contentType()).body(body);
                caller.map(ApiOperations.Caller::token).ifPresent(token -> request.auth().oauth2(token));
                Response response = request.request(operation.method().toUpperCase(), operation.url());
                sent++;
                String contentType = response.contentType() == null ? "" : response.contentType();
                if (response.statusCode() < 400 || response.statusCode() >= 500 || !contentType.startsWith("application/problem+json")) {
                    violations.add(operation.describe() + " answered " + response.statusCode() + " " + contentType + " to " + body);
                }
            }
        }

        assertThat(sent).isGreaterThanOrEqualTo(INPUTS);
        assertThat(violations).as("answers that are not problem-details 4xx (seed %d)", SEED).isEmpty();
        assertThat(eventsWritten()).as("events written by each service: nothing changed").isEqualTo(eventsBefore);
    }

    /** A caller the endpoint admits: anonymous for public ones, else the first demo login holding an admitted role. */
    private static Optional<ApiOperations.Caller> admitted(ApiOperations.Operation operation, List<ApiOperations.Caller> callers) {
        if (!operation.secured()) {
            return Optional.empty();
        }
        return callers.stream().filter(c -> c.token() != null)
                .filter(c -> operation.admittedRoles().isEmpty() || operation.admittedRoles().stream().anyMatch(c.roles()::contains))
                .findFirst();
    }

    private static String malformed(JsonNode schema, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> brokenJson(random);
            case 1 -> List.of("[]", "\"text\"", "42", "true", "[{}]", "-1e999", "\"\\u0000\"").get(random.nextInt(7));
            default -> wrongTypes(schema, random);
        };
    }

    private static String brokenJson(Random random) {
        String valid = "{\"a\":[1,{\"b\":\"c\"}],\"d\":null,\"e\":\"\u00e9\u4e2d\"}";
        return switch (random.nextInt(6)) {
            case 0 -> valid.substring(0, 1 + random.nextInt(valid.length() - 1));
            case 1 -> "{\"a\":1,}";
            case 2 -> "{" + "[".repeat(500 + random.nextInt(500));
            case 3 -> "{'single': 'quotes'}";
            case 4 -> "{\"a\": NaN /* comment */}";
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(64)];
                random.nextBytes(bytes);
                yield new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        };
    }

    /** Every documented property with a value of a type it cannot take (strings get objects, numbers get words...). */
    private static String wrongTypes(JsonNode schema, Random random) {
        ObjectNode body = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String type = property.getValue().path("type").asText("");
            switch (type) {
                case "integer", "number" -> body.put(property.getKey(), "not a number " + random.nextInt(1000));
                case "boolean" -> body.put(property.getKey(), "maybe");
                case "array" -> body.put(property.getKey(), random.nextInt(100));
                case "string" -> body.putObject(property.getKey()).put("nested", random.nextInt(100));
                default -> body.put(property.getKey(), "[unexpected] " + random.nextInt(1000)); // objects, $refs
            }
        }
        if (body.isEmpty()) {
            return brokenJson(random);
        }
        // An object where a required object is expected is fine for a bare JsonNode: wrap it so the shape is wrong too.
        return random.nextBoolean() ? body.toString() : "[" + body + "]";
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static Map<String, Long> eventsWritten() {
        String admin = Tokens.fresh("admin1");
        Map<String, Long> written = new HashMap<>();
        for (String service : SERVICES) {
            var status = given().auth().oauth2(admin).get(PlatformExtension.platform().serviceUrl(service) + "/admin/outbox")
                    .then().statusCode(200).extract().jsonPath();
            written.put(service, status.getLong("pending") + status.getLong("published"));
        }
        return written;
    }
}
