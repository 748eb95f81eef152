package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real {@code helm template} for every scenario; {@link RenderedManifests#parse} rejects any
 * unknown field, unknown kind or malformed custom resource, so rendering at all is the first check.
 */
class RenderedManifestsAreValidTest {

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyManifestParsesStrictlyAndNamesAreUnique(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        assertFalse(manifests.all().isEmpty());
        long distinct = manifests.all().stream().map(m -> m.kind() + "/" + m.name()).distinct().count();
        assertEquals(manifests.all().size(), distinct, "two manifests share a kind and name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyDeploymentHasItsServiceConfigMapAndServiceAccount(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        Set<String> deployments = names(manifests.ofType(Deployment.class));
        assertEquals(Set.of("pygov-membership-service", "pygov-election-service",
                "pygov-proposal-service", "pygov-notification-service"), deployments);
        assertEquals(deployments, names(manifests.ofType(Service.class)));
        assertEquals(deployments, names(manifests.ofType(ConfigMap.class)));
        assertEquals(deployments, names(manifests.ofType(ServiceAccount.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyObjectIsInTheReleaseNamespaceUnlessItIsATopic(Scenario scenario) {
        scenario.render().all().stream()
                .filter(manifest -> manifest.model() != null)
                .forEach(manifest -> assertEquals(PyGovChart.NAMESPACE,
                        manifest.model().getMetadata().getNamespace(), manifest.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void disruptionBudgetsSelectTheirDeploymentsPods(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        for (PodDisruptionBudget budget : manifests.ofType(PodDisruptionBudget.class)) {
            Deployment deployment = Workloads.deploymentNamed(manifests, budget.getMetadata().getName());
            assertEquals(deployment.getSpec().getSelector(), budget.getSpec().getSelector());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void disruptionBudgetsNeverBlockANodeDrain(Scenario scenario) {
        for (PodDisruptionBudget budget : scenario.render().ofType(PodDisruptionBudget.class)) {
            assertEquals(null, budget.getSpec().getMinAvailable(), budget.getMetadata().getName()
                    + ": minAvailable blocks every drain of a one-replica service");
            assertTrue(budget.getSpec().getMaxUnavailable().getIntVal() >= 1, budget.getMetadata().getName());
        }
    }

    private static Set<String> names(List<? extends HasMetadata> objects) {
        return objects.stream().map(object -> object.getMetadata().getName()).collect(Collectors.toSet());
    }
}
