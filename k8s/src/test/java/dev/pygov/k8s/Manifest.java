package dev.pygov.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One rendered document: its raw tree and, for built-in kinds, the strictly parsed fabric8
 * object (null for custom resources, which were checked against their shape instead).
 */
record Manifest(String apiVersion, String kind, String name, JsonNode tree, HasMetadata model) {
}
