package dev.pygov.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Set;

/** kafka.strimzi.io/v1beta2 KafkaTopic: the fields the chart uses, and topic configs Kafka knows. */
final class KafkaTopicShape implements CustomResourceShape {

    private static final Set<String> TOPIC_CONFIGS = Set.of(
            "cleanup.policy", "retention.ms", "retention.bytes", "min.insync.replicas",
            "segment.ms", "segment.bytes", "max.message.bytes", "compression.type");

    @Override
    public void check(JsonNode manifest) {
        ShapeCheck.keys(manifest, "KafkaTopic", Set.of("apiVersion", "kind", "metadata", "spec"), Set.of());
        ObjectMeta metadata = ShapeCheck.model(manifest.get("metadata"), ObjectMeta.class, "KafkaTopic.metadata");
        if (metadata.getLabels() == null || !metadata.getLabels().containsKey("strimzi.io/cluster")) {
            throw new InvalidManifestException("KafkaTopic needs the strimzi.io/cluster label");
        }
        JsonNode spec = manifest.get("spec");
        ShapeCheck.keys(spec, "KafkaTopic.spec", Set.of("partitions", "replicas"), Set.of("topicName", "config"));
        ShapeCheck.positiveInteger(spec.get("partitions"), "KafkaTopic.spec.partitions");
        ShapeCheck.positiveInteger(spec.get("replicas"), "KafkaTopic.spec.replicas");
        if (spec.has("config")) {
            ShapeCheck.keys(spec.get("config"), "KafkaTopic.spec.config", Set.of(), TOPIC_CONFIGS);
            spec.get("config").forEach(value -> {
                if (!value.isValueNode()) {
                    throw new InvalidManifestException("KafkaTopic.spec.config values must be scalars");
                }
            });
        }
    }
}
