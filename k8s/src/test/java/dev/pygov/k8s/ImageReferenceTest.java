package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are {@code <registry>/pygov/<service>:<tag>}, the tag defaulting to the chart's appVersion. */
class ImageReferenceTest {

    @TempDir
    Path work;

    @Test
    void defaultTagIsTheAppVersion() {
        RenderedManifests manifests = Scenario.defaults().render();
        for (String service : Workloads.SERVICES) {
            Deployment deployment = Workloads.deploymentOf(manifests, service);
            assertEquals("registry.example.org/pygov/" + service + ":0.1.0", Workloads.container(deployment).getImage());
            assertEquals(service, Workloads.container(deployment).getName());
        }
    }

    @Test
    void registryAndTagComeFromValues() {
        RenderedManifests manifests = PyGovChart.render(Map.of("image.registry", "ghcr.io/psf", "image.tag", "1.4.2"));
        assertEquals("ghcr.io/psf/pygov/membership-service:1.4.2",
                Workloads.container(Workloads.deploymentOf(manifests, "membership-service")).getImage());
    }

    @Test
    void oneServiceCanRunAnotherTag() throws Exception {
        Path values = Files.writeString(work.resolve("hotfix.yaml"),
                "image:\n  tag: \"1.0.0\"\nservices:\n  election-service:\n    image:\n      tag: \"1.0.1\"\n");
        RenderedManifests manifests = PyGovChart.render(values);
        assertEquals("registry.example.org/pygov/election-service:1.0.1",
                Workloads.container(Workloads.deploymentOf(manifests, "election-service")).getImage());
        assertEquals("registry.example.org/pygov/proposal-service:1.0.0",
                Workloads.container(Workloads.deploymentOf(manifests, "proposal-service")).getImage());
    }
}
