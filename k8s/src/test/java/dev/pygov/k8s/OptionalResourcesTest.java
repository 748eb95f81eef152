package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HPA, ServiceMonitor, KafkaTopic and PDB render only when their values say so. */
class OptionalResourcesTest {

    @TempDir
    Path work;

    @Test
    void defaultsRenderNoAutoscalerNoServiceMonitorNoTopics() {
        RenderedManifests manifests = Scenario.defaults().render();
        assertTrue(manifests.ofType(HorizontalPodAutoscaler.class).isEmpty());
        assertTrue(manifests.treesOfKind("ServiceMonitor").isEmpty());
        assertTrue(manifests.treesOfKind("KafkaTopic").isEmpty());
        manifests.ofType(Deployment.class).forEach(deployment ->
                assertEquals(2, deployment.getSpec().getReplicas()));
    }

    @Test
    void autoscalingOnRendersOneHpaPerDeploymentAndLeavesReplicasToIt() {
        RenderedManifests manifests = PyGovChart.render(Map.of("defaults.autoscaling.enabled", true));
        List<HorizontalPodAutoscaler> autoscalers = manifests.ofType(HorizontalPodAutoscaler.class);
        assertEquals(4, autoscalers.size());
        for (HorizontalPodAutoscaler autoscaler : autoscalers) {
            Deployment target = Workloads.deploymentNamed(manifests, autoscaler.getSpec().getScaleTargetRef().getName());
            assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
            assertNull(target.getSpec().getReplicas(), "replicas belong to the HPA");
        }
    }

    @Test
    void autoscalingCanBeTurnedOnForOneServiceOnly() throws Exception {
        Path values = work.resolve("election-hpa.yaml");
        Files.writeString(values, """
                services:
                  election-service:
                    autoscaling:
                      enabled: true
                      minReplicas: 2
                      maxReplicas: 8
                      targetCPUUtilizationPercentage: 60
                """);
        List<HorizontalPodAutoscaler> autoscalers = PyGovChart.render(values).ofType(HorizontalPodAutoscaler.class);
        assertEquals(1, autoscalers.size());
        assertEquals("pygov-election-service", autoscalers.get(0).getMetadata().getName());
        assertEquals(8, autoscalers.get(0).getSpec().getMaxReplicas());
    }

    @Test
    void aServiceCanSwitchOffADefaultThatIsOn() throws Exception {
        Path values = work.resolve("no-pdb.yaml");
        Files.writeString(values, """
                services:
                  notification-service:
                    replicaCount: 1
                    podDisruptionBudget:
                      enabled: false
                      maxUnavailable: 1
                """);
        RenderedManifests manifests = PyGovChart.render(values);
        Set<String> budgets = manifests.ofType(PodDisruptionBudget.class).stream()
                .map(budget -> budget.getMetadata().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("pygov-membership-service", "pygov-election-service", "pygov-proposal-service"), budgets);
        assertEquals(1, Workloads.deploymentOf(manifests, "notification-service").getSpec().getReplicas());
    }

    @Test
    void serviceMonitorsScrapeQuarkusMetricsWhenEnabled() {
        RenderedManifests manifests = PyGovChart.render(Map.of(
                "metrics.serviceMonitor.enabled", true,
                "metrics.serviceMonitor.labels.release", "kube-prometheus-stack"));
        List<JsonNode> monitors = manifests.treesOfKind("ServiceMonitor");
        assertEquals(4, monitors.size());
        for (JsonNode monitor : monitors) {
            assertEquals("/q/metrics", monitor.at("/spec/endpoints/0/path").asText());
            assertEquals("http", monitor.at("/spec/endpoints/0/port").asText());
            assertEquals("kube-prometheus-stack", monitor.at("/metadata/labels/release").asText());
        }
    }

    @Test
    void podsCarryPrometheusScrapeAnnotationsUnlessSwitchedOff() {
        Deployment annotated = Workloads.deploymentOf(Scenario.defaults().render(), "proposal-service");
        Map<String, String> annotations = annotated.getSpec().getTemplate().getMetadata().getAnnotations();
        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
        assertEquals("8080", annotations.get("prometheus.io/port"));
        Deployment plain = Workloads.deploymentOf(
                PyGovChart.render(Map.of("metrics.podAnnotations", false)), "proposal-service");
        assertTrue(plain.getSpec().getTemplate().getMetadata().getAnnotations().keySet().stream()
                .noneMatch(key -> key.startsWith("prometheus.io/")));
    }

    @Test
    void strimziTopicsMatchTheEventContract() {
        RenderedManifests manifests = PyGovChart.render(Map.of("strimzi.enabled", true, "kafka.topics.create", true));
        List<JsonNode> topics = manifests.treesOfKind("KafkaTopic");
        assertEquals(Set.copyOf(dev.pygov.events.Topics.everyTopic()),
                topics.stream().map(topic -> topic.at("/spec/topicName").asText()).collect(Collectors.toSet()));
        for (JsonNode topic : topics) {
            assertEquals(3, topic.at("/spec/partitions").asInt());
            assertEquals("delete", topic.at("/spec/config/cleanup.policy").asText(), "events are never compacted");
            assertEquals(-1, topic.at("/spec/config/retention.ms").asLong());
            assertEquals("pygov-kafka", topic.at("/metadata/labels/strimzi.io~1cluster").asText());
        }
    }

    @Test
    void creatingTopicsWithoutStrimziFailsWithAnExplanation() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> PyGovChart.template(Map.of("kafka.topics.create", true)));
        assertTrue(failure.getMessage().contains("strimzi.enabled"), failure.getMessage());
    }

    @Test
    void strimziAloneCreatesNoTopics() {
        assertTrue(PyGovChart.render(Map.of("strimzi.enabled", true)).treesOfKind("KafkaTopic").isEmpty());
    }
}
