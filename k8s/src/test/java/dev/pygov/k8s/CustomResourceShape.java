package dev.pygov.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** The minimal expected shape of a custom resource kind that fabric8 has no model for. */
interface CustomResourceShape {

    Map<String, CustomResourceShape> KNOWN = Map.of(
            "monitoring.coreos.com/v1/ServiceMonitor", new ServiceMonitorShape(),
            "kafka.strimzi.io/v1beta2/KafkaTopic", new KafkaTopicShape());

    static Optional<CustomResourceShape> of(String apiVersion, String kind) {
        return Optional.ofNullable(KNOWN.get(apiVersion + "/" + kind));
    }

    /** Throws {@link InvalidManifestException} unless the manifest has the expected shape. */
    void check(JsonNode manifest);
}
