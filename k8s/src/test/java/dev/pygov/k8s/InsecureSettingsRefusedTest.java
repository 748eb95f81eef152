package dev.pygov.k8s;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chart refuses what would leave the platform open (Kafka anyone can write to, an issuer over plain HTTP, mail
 * without TLS) unless allowInsecure says the operator means it (issue 19 §1, decision 0011).
 */
class InsecureSettingsRefusedTest {

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            kafka.securityProtocol                           | PLAINTEXT                        | kafka.securityProtocol
            kafka.securityProtocol                           | SASL_PLAINTEXT                   | kafka.securityProtocol
            kafka.securityProtocol                           | SSL                              | kafka.securityProtocol
            oidc.authServerUrl                               | http://keycloak.example/realms/pygov | oidc.authServerUrl
            services.notification-service.mail.startTls      | OPTIONAL                         | startTls
            services.notification-service.mail.startTls      | DISABLED                         | startTls
            """)
    void refusedUnlessAllowInsecure(String key, String value, String named) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PyGovChart.template(Map.of(key, value)));
        assertTrue(refused.getMessage().contains(named) && refused.getMessage().contains("allowInsecure"),
                refused.getMessage());

        Map<String, Object> allowed = new HashMap<>(Map.of(key, value, "allowInsecure", true));
        assertFalse(PyGovChart.render(allowed).ofType(Deployment.class).isEmpty());
    }

    @Test
    void plaintextKafkaWhenAllowedPassesNoCredentials() {
        RenderedManifests manifests = PyGovChart.render(Map.of("kafka.securityProtocol", "PLAINTEXT", "allowInsecure", true));
        for (Deployment deployment : manifests.ofType(Deployment.class)) {
            Map<String, String> config = Workloads.configFromConfigMap(manifests, deployment);
            assertEquals("PLAINTEXT", config.get("KAFKA_SECURITY_PROTOCOL"));
            assertFalse(Workloads.allVariableNames(manifests, deployment).contains("KAFKA_SASL_JAAS_CONFIG"));
        }
    }

    @Test
    void aServiceWithoutItsOwnKafkaUserIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PyGovChart.template(Map.of("services.proposal-service.kafka.jaasConfigSecret.name", "")));
        assertTrue(refused.getMessage().contains("proposal-service") && refused.getMessage().contains("jaasConfigSecret"),
                refused.getMessage());
    }
}
