package dev.pygov.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Look-ups over rendered Deployments and the configuration their containers receive. */
final class Workloads {

    static final List<String> SERVICES =
            List.of("membership-service", "election-service", "proposal-service", "notification-service");

    private Workloads() {
    }

    static Deployment deploymentNamed(RenderedManifests manifests, String name) {
        return manifests.ofType(Deployment.class).stream()
                .filter(deployment -> deployment.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    static Deployment deploymentOf(RenderedManifests manifests, String service) {
        return deploymentNamed(manifests, PyGovChart.RELEASE + "-" + service);
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(deployment.getMetadata().getName() + " should run one container");
        }
        return containers.get(0);
    }

    static Map<String, EnvVar> env(Deployment deployment) {
        List<EnvVar> env = Optional.ofNullable(container(deployment).getEnv()).orElse(List.of());
        return env.stream().collect(Collectors.toMap(EnvVar::getName, var -> var));
    }

    /** The ConfigMap the container loads with envFrom. */
    static Map<String, String> configFromConfigMap(RenderedManifests manifests, Deployment deployment) {
        String name = container(deployment).getEnvFrom().get(0).getConfigMapRef().getName();
        return manifests.ofType(ConfigMap.class).stream()
                .filter(configMap -> configMap.getMetadata().getName().equals(name))
                .findFirst()
                .map(ConfigMap::getData)
                .orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }

    /** Every variable name the container sees, from env and from its ConfigMap. */
    static List<String> allVariableNames(RenderedManifests manifests, Deployment deployment) {
        List<String> names = new java.util.ArrayList<>(env(deployment).keySet());
        names.addAll(configFromConfigMap(manifests, deployment).keySet());
        return names;
    }
}
