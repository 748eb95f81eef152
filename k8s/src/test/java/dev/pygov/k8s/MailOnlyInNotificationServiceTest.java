package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Only notification-service sends mail: only it gets SMTP settings, credentials and egress. */
class MailOnlyInNotificationServiceTest {

    private static final String MAILER = "notification-service";

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void notificationServiceHasTheSmtpSettingsAndSecrets(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        Deployment deployment = Workloads.deploymentOf(manifests, MAILER);
        Map<String, String> config = Workloads.configFromConfigMap(manifests, deployment);
        for (String variable : List.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_START_TLS",
                "QUARKUS_MAILER_FROM")) {
            assertNotNull(config.get(variable), variable);
        }
        var env = Workloads.env(deployment);
        for (String variable : List.of("QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD", "PYGOV_UNSUBSCRIBE_SECRET")) {
            assertNotNull(env.get(variable).getValueFrom().getSecretKeyRef(), variable);
        }
        int smtpPort = Integer.parseInt(config.get("QUARKUS_MAILER_PORT"));
        assertTrue(NetworkPolicies.egressPorts(NetworkPolicies.of(manifests, MAILER)).contains(smtpPort));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void otherServicesHaveNoMailSettingsAndNoSmtpEgress(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        int smtpPort = Integer.parseInt(Workloads.configFromConfigMap(manifests,
                Workloads.deploymentOf(manifests, MAILER)).get("QUARKUS_MAILER_PORT"));
        for (String service : Workloads.SERVICES) {
            if (service.equals(MAILER)) {
                continue;
            }
            Deployment deployment = Workloads.deploymentOf(manifests, service);
            List<String> names = Workloads.allVariableNames(manifests, deployment);
            assertEquals(List.of(), names.stream()
                    .filter(name -> name.startsWith("QUARKUS_MAILER") || name.equals("PYGOV_UNSUBSCRIBE_SECRET"))
                    .toList(), service);
            assertFalse(NetworkPolicies.egressPorts(NetworkPolicies.of(manifests, service)).contains(smtpPort),
                    service + " must not reach the mail relay");
        }
    }
}
