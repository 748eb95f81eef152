package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** Proof that the checker behind every rendering test fails on the mistakes it exists to catch. */
class StrictCheckerRejectsMistakesTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              selector:
                matchLabels:
                  app: demo
              template:
                metadata:
                  labels:
                    app: demo
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      livenessProbe:
                        httpGet:
                          path: /q/health/live
                          port: 8080
            """;

    @Test
    void acceptsAWellFormedDeployment() {
        RenderedManifests manifests = RenderedManifests.parse(DEPLOYMENT);
        assertEquals(1, manifests.ofType(Deployment.class).size());
    }

    @Test
    void rejectsAMisspeltContainerField() {
        assertRejected(DEPLOYMENT.replace("livenessProbe:", "livenesProbe:"), "livenesProbe");
    }

    @Test
    void rejectsAMisspeltTopLevelField() {
        assertRejected(DEPLOYMENT.replace("metadata:\n  name: demo", "metdata:\n  name: demo"), "metdata");
    }

    @Test
    void rejectsAFieldAtTheWrongLevel() {
        String misplaced = DEPLOYMENT.replace("image: demo:1", "image: demo:1\n          runAsNonRoot: true");
        assertTrue(misplaced.contains("\n          runAsNonRoot: true\n"), misplaced);
        assertRejected(misplaced, "runAsNonRoot");
    }

    @Test
    void rejectsADuplicateKey() {
        assertRejected(DEPLOYMENT.replace("  name: demo\n", "  name: demo\n  name: other\n"), "name");
    }

    @Test
    void rejectsAKindTheChartDoesNotRender() {
        assertRejected("apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\n", "Pod");
    }

    @Test
    void rejectsATypoInTheRealRenderedChart() {
        String rendered = PyGovChart.template();
        assertTrue(rendered.contains("readinessProbe:"));
        assertRejected(rendered.replaceFirst("readinessProbe:", "readinesProbe:"), "readinesProbe");
    }

    @Test
    void rejectsAServiceMonitorWithAMisspeltField() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: demo
                spec:
                  selector:
                    matchLabels:
                      app: demo
                  endpoints:
                    - port: http
                      path: /q/metrics
                """;
        RenderedManifests.parse(monitor);
        assertRejected(monitor.replace("endpoints:", "endpoint:"), "endpoint");
        assertRejected(monitor.replace("matchLabels:", "matchLabel:"), "matchLabel");
    }

    @Test
    void rejectsAKafkaTopicWithAMisspeltFieldOrConfig() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: pygov.election.events
                  labels:
                    strimzi.io/cluster: pygov-kafka
                spec:
                  partitions: 3
                  replicas: 3
                  config:
                    retention.ms: -1
                """;
        RenderedManifests.parse(topic);
        assertRejected(topic.replace("partitions:", "partition:"), "partition");
        assertRejected(topic.replace("retention.ms:", "retension.ms:"), "retension.ms");
        assertRejected(topic.replace("    strimzi.io/cluster: pygov-kafka\n", "    app: demo\n"), "strimzi.io/cluster");
    }

    private static void assertRejected(String yaml, String offendingName) {
        InvalidManifestException rejection =
                assertThrows(InvalidManifestException.class, () -> RenderedManifests.parse(yaml));
        assertTrue(rejection.getMessage().contains(offendingName),
                () -> "message should name " + offendingName + ": " + rejection.getMessage());
    }
}
