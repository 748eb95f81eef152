package dev.pygov.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small checks for the custom resources that fabric8 has no model for. */
final class ShapeCheck {

    private ShapeCheck() {
    }

    /** The node is an object holding every required key and no key outside required + optional. */
    static void keys(JsonNode node, String path, Set<String> required, Set<String> optional) {
        if (node == null || !node.isObject()) {
            throw new InvalidManifestException(path + " must be an object");
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!required.contains(name) && !optional.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidManifestException("unknown field(s) " + unknown + " at " + path);
        }
        for (String name : required) {
            if (!node.has(name)) {
                throw new InvalidManifestException("missing field " + path + "." + name);
            }
        }
    }

    static void positiveInteger(JsonNode node, String path) {
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            throw new InvalidManifestException(path + " must be a positive integer, was " + node);
        }
    }

    static void nonEmptyText(JsonNode node, String path) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InvalidManifestException(path + " must be a non-empty string, was " + node);
        }
    }

    /** Parses a sub-tree with a fabric8 model class, unknown fields rejected. */
    static <T> T model(JsonNode node, Class<T> type, String path) {
        try {
            return StrictModelMapper.YAML.treeToValue(node, type);
        } catch (Exception e) {
            throw new InvalidManifestException(path + " is not a valid " + type.getSimpleName(), e);
        }
    }
}
