package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The port each service really listens on in production (its own application.properties, as Quarkus reads it for
 * the prod profile, overridden by the environment the chart renders) is the port the chart declares, probes and
 * routes. The chart alone cannot tell: it once declared 8080 for services that listened on 8081 to 8084.
 */
class ServiceListensWhereTheChartLooksTest {

    private static final int QUARKUS_DEFAULT_PORT = 8080;

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyServiceListensOnThePortItsContainerDeclares(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            String service = serviceOf(deployment);
            int declared = Workloads.container(deployment).getPorts().get(0).getContainerPort();
            assertEquals(declared, productionPort(service, manifests, deployment),
                    service + " must listen on the port its container declares");
            IntOrString probePort = Workloads.container(deployment).getReadinessProbe().getHttpGet().getPort();
            assertEquals("http", probePort.getStrVal(), service + " readiness probe must use the declared port");
        }
    }

    private static String serviceOf(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        return Workloads.SERVICES.stream().filter(name::endsWith).findFirst()
                .orElseThrow(() -> new AssertionError("not a PyGov service: " + name));
    }

    private static int productionPort(String service, RenderedManifests manifests, Deployment deployment) {
        Map<String, EnvVar> env = Workloads.env(deployment);
        if (env.containsKey("QUARKUS_HTTP_PORT")) {
            return Integer.parseInt(env.get("QUARKUS_HTTP_PORT").getValue());
        }
        String fromConfigMap = Workloads.configFromConfigMap(manifests, deployment).get("QUARKUS_HTTP_PORT");
        if (fromConfigMap != null) {
            return Integer.parseInt(fromConfigMap);
        }
        Properties properties = applicationProperties(service);
        String port = properties.getProperty("%prod.quarkus.http.port", properties.getProperty("quarkus.http.port"));
        return port == null ? QUARKUS_DEFAULT_PORT : Integer.parseInt(port.strip());
    }

    private static Properties applicationProperties(String service) {
        Path file = Path.of(System.getProperty("pygov.services.dir", ".."))
                .resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        return properties;
    }
}
