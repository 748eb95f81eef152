package dev.pygov.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A way an operator may install the chart: the defaults, an example file, or everything switched on. */
record Scenario(String name, Map<String, Object> sets, List<Path> valuesFiles) {

    RenderedManifests render() {
        return PyGovChart.render(sets, valuesFiles.toArray(Path[]::new));
    }

    @Override
    public String toString() {
        return name;
    }

    static Scenario defaults() {
        return new Scenario("default values", Map.of(), List.of());
    }

    static Scenario everythingOptionalOn() {
        return new Scenario("every optional resource on", Map.of(
                "defaults.autoscaling.enabled", true,
                "metrics.serviceMonitor.enabled", true,
                "strimzi.enabled", true,
                "kafka.topics.create", true,
                "kafka.securityProtocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "services.election-service.kafka.jaasConfigSecret.name", "pygov-kafka-election",
                "kafka.truststore.secretName", "pygov-kafka-ca",
                "kafka.truststore.passwordKey", "ca.password"), List.of());
    }

    /** Defaults, every file in k8s/examples/, and every optional resource on. */
    static List<Scenario> all() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(defaults());
        for (Path example : ChartLocation.exampleValuesFiles()) {
            scenarios.add(new Scenario("examples/" + example.getFileName(), Map.of(), List.of(example)));
        }
        scenarios.add(everythingOptionalOn());
        return scenarios;
    }
}
