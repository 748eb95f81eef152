package dev.pygov.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output of {@code helm template}, every document checked as it is read: built-in kinds are
 * parsed with the fabric8 model rejecting unknown fields, custom resources are checked against
 * their minimal shape, and any other kind is refused (a new kind must be added here on purpose).
 */
final class RenderedManifests {

    private final List<Manifest> manifests;

    private RenderedManifests(List<Manifest> manifests) {
        this.manifests = List.copyOf(manifests);
    }

    static RenderedManifests parse(String renderedYaml) {
        List<Manifest> manifests = new ArrayList<>();
        try (MappingIterator<JsonNode> documents =
                     StrictModelMapper.YAML.readerFor(JsonNode.class).readValues(renderedYaml)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    manifests.add(check(document));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidManifestException invalid) {
                throw invalid;
            }
            throw new InvalidManifestException("rendered YAML does not parse", e);
        }
        return new RenderedManifests(manifests);
    }

    private static Manifest check(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        String name = document.path("metadata").path("name").asText();
        String where = apiVersion + " " + kind + " " + name;
        Optional<Class<? extends HasMetadata>> model = KubernetesModels.modelOf(apiVersion, kind);
        if (model.isPresent()) {
            return new Manifest(apiVersion, kind, name, document, ShapeCheck.model(document, model.get(), where));
        }
        CustomResourceShape shape = CustomResourceShape.of(apiVersion, kind)
                .orElseThrow(() -> new InvalidManifestException("unexpected kind " + where));
        shape.check(document);
        return new Manifest(apiVersion, kind, name, document, null);
    }

    List<Manifest> all() {
        return manifests;
    }

    /** The fabric8 objects of one built-in kind. */
    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return manifests.stream()
                .map(Manifest::model)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The raw trees of one kind (for custom resources). */
    List<JsonNode> treesOfKind(String kind) {
        return manifests.stream().filter(manifest -> manifest.kind().equals(kind)).map(Manifest::tree).toList();
    }
}
