package dev.pygov.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Set;

/** monitoring.coreos.com/v1 ServiceMonitor: the fields the chart uses, nothing else. */
final class ServiceMonitorShape implements CustomResourceShape {

    @Override
    public void check(JsonNode manifest) {
        ShapeCheck.keys(manifest, "ServiceMonitor", Set.of("apiVersion", "kind", "metadata", "spec"), Set.of());
        ShapeCheck.model(manifest.get("metadata"), ObjectMeta.class, "ServiceMonitor.metadata");
        JsonNode spec = manifest.get("spec");
        ShapeCheck.keys(spec, "ServiceMonitor.spec", Set.of("selector", "endpoints"),
                Set.of("namespaceSelector", "jobLabel"));
        ShapeCheck.model(spec.get("selector"), LabelSelector.class, "ServiceMonitor.spec.selector");
        JsonNode endpoints = spec.get("endpoints");
        if (!endpoints.isArray() || endpoints.isEmpty()) {
            throw new InvalidManifestException("ServiceMonitor.spec.endpoints must be a non-empty list");
        }
        for (JsonNode endpoint : endpoints) {
            ShapeCheck.keys(endpoint, "ServiceMonitor.spec.endpoints[]", Set.of("port", "path"),
                    Set.of("interval", "scrapeTimeout", "scheme"));
            ShapeCheck.nonEmptyText(endpoint.get("port"), "ServiceMonitor.spec.endpoints[].port");
            ShapeCheck.nonEmptyText(endpoint.get("path"), "ServiceMonitor.spec.endpoints[].path");
        }
    }
}
