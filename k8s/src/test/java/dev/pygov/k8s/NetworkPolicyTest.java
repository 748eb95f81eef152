package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Ingress only to 8080 from the configured peers; egress only to what the services need. */
class NetworkPolicyTest {

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachServiceHasAPolicySelectingExactlyItsPods(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        assertEquals(manifests.ofType(Deployment.class).size(), manifests.ofType(NetworkPolicy.class).size());
        for (String service : Workloads.SERVICES) {
            NetworkPolicy policy = NetworkPolicies.of(manifests, service);
            Deployment deployment = Workloads.deploymentOf(manifests, service);
            assertEquals(deployment.getSpec().getSelector().getMatchLabels(), policy.getSpec().getPodSelector().getMatchLabels());
            assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void ingressReachesOnlyPort8080FromNamedPeers(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        for (String service : Workloads.SERVICES) {
            NetworkPolicy policy = NetworkPolicies.of(manifests, service);
            assertEquals(Set.of(8080), NetworkPolicies.ingressPorts(policy));
            policy.getSpec().getIngress().forEach(rule -> assertFalse(rule.getFrom().isEmpty(),
                    "an ingress rule without peers would admit everyone"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void egressReachesDnsPostgresKafkaAndTheIssuer(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        for (String service : Workloads.SERVICES) {
            NetworkPolicy policy = NetworkPolicies.of(manifests, service);
            Set<Integer> ports = NetworkPolicies.egressPorts(policy);
            assertTrue(ports.containsAll(Set.of(53, 5432, 443)), service + " egress " + ports);
            assertTrue(ports.contains(9092) || ports.contains(9093), service + " has no Kafka egress: " + ports);
            policy.getSpec().getEgress().forEach(rule -> {
                assertFalse(rule.getTo().isEmpty(), "an egress rule without peers would allow any destination");
                assertFalse(rule.getPorts().isEmpty(), "an egress rule without ports would allow any port");
            });
        }
    }

    @Test
    void peersAndPortsComeFromValues() {
        RenderedManifests manifests = PyGovChart.render(Map.of(
                "networkPolicy.egress.postgres.ports[0]", 6432,
                "networkPolicy.egress.postgres.to[0].ipBlock.cidr", "192.0.2.10/32"));
        NetworkPolicy policy = NetworkPolicies.of(manifests, "election-service");
        assertTrue(NetworkPolicies.egressPorts(policy).contains(6432));
        assertFalse(NetworkPolicies.egressPorts(policy).contains(5432));
        assertTrue(policy.getSpec().getEgress().stream().flatMap(rule -> rule.getTo().stream())
                .anyMatch(peer -> peer.getIpBlock() != null && "192.0.2.10/32".equals(peer.getIpBlock().getCidr())));
    }

    @Test
    void policiesCanBeSwitchedOff() {
        RenderedManifests manifests = PyGovChart.render(Map.of("networkPolicy.enabled", false));
        assertTrue(manifests.ofType(NetworkPolicy.class).isEmpty());
    }
}
