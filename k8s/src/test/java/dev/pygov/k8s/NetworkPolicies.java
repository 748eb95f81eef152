package dev.pygov.k8s;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading the ports a rendered NetworkPolicy opens. */
final class NetworkPolicies {

    private NetworkPolicies() {
    }

    static NetworkPolicy of(RenderedManifests manifests, String service) {
        String name = PyGovChart.RELEASE + "-" + service;
        return manifests.ofType(NetworkPolicy.class).stream()
                .filter(policy -> policy.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkPolicy " + name));
    }

    static Set<Integer> egressPorts(NetworkPolicy policy) {
        return ports(policy.getSpec().getEgress().stream().flatMap(rule -> rule.getPorts().stream()).toList());
    }

    static Set<Integer> ingressPorts(NetworkPolicy policy) {
        return ports(policy.getSpec().getIngress().stream().flatMap(rule -> rule.getPorts().stream()).toList());
    }

    private static Set<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(port -> port.getPort().getIntVal()).collect(Collectors.toSet());
    }
}
