package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What operators rely on for every container, in every scenario. */
class ContainerHardeningTest {

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void probesCheckQuarkusHealthOnTheHttpPort(Scenario scenario) {
        for (Deployment deployment : scenario.render().ofType(Deployment.class)) {
            Container container = Workloads.container(deployment);
            assertHealthProbe(container.getStartupProbe(), "/q/health/started");
            assertHealthProbe(container.getLivenessProbe(), "/q/health/live");
            assertHealthProbe(container.getReadinessProbe(), "/q/health/ready");
            assertEquals(8080, container.getPorts().get(0).getContainerPort());
            assertEquals("http", container.getPorts().get(0).getName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void cpuAndMemoryHaveRequestsAndLimits(Scenario scenario) {
        for (Deployment deployment : scenario.render().ofType(Deployment.class)) {
            var resources = Workloads.container(deployment).getResources();
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(resources.getRequests().get(resource), resource + " request");
                assertNotNull(resources.getLimits().get(resource), resource + " limit");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void containersRunAsUser185WithAReadOnlyRootAndNoPrivileges(Scenario scenario) {
        for (Deployment deployment : scenario.render().ofType(Deployment.class)) {
            SecurityContext security = Workloads.container(deployment).getSecurityContext();
            assertEquals(Boolean.TRUE, security.getRunAsNonRoot());
            assertEquals(185L, security.getRunAsUser());
            assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem());
            assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation());
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop());
            assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty());
            assertEquals("RuntimeDefault", security.getSeccompProfile().getType());
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void tmpIsAWritableEmptyDir(Scenario scenario) {
        for (Deployment deployment : scenario.render().ofType(Deployment.class)) {
            String volumeName = Workloads.container(deployment).getVolumeMounts().stream()
                    .filter(mount -> mount.getMountPath().equals("/tmp"))
                    .findFirst().orElseThrow(() -> new AssertionError("no /tmp mount")).getName();
            Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(candidate -> candidate.getName().equals(volumeName)).findFirst().orElseThrow();
            assertNotNull(volume.getEmptyDir(), "/tmp must be an emptyDir");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noServiceAccountTokenIsMounted(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());
            assertEquals(deployment.getMetadata().getName(), pod.getServiceAccountName());
        }
        List<ServiceAccount> accounts = manifests.ofType(ServiceAccount.class);
        assertFalse(accounts.isEmpty());
        accounts.forEach(account -> assertEquals(Boolean.FALSE, account.getAutomountServiceAccountToken()));
    }

    private static void assertHealthProbe(Probe probe, String path) {
        assertNotNull(probe, "missing probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }
}
