package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials come from the operator's Secrets, never from plain values or ConfigMaps. */
class SecretHandlingTest {

    private static final Pattern SECRET_LIKE = Pattern.compile("PASSWORD|SECRET|JAAS|TOKEN(?!_AUDIENCE)|_KEY$", Pattern.CASE_INSENSITIVE);

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void datasourceCredentialsComeFromEachServicesOwnSecret(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        for (String service : Workloads.SERVICES) {
            Deployment deployment = Workloads.deploymentOf(manifests, service);
            Map<String, EnvVar> env = Workloads.env(deployment);
            String expectedSecret = "pygov-" + service.replace("-service", "") + "-db";
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                EnvVar var = env.get(variable);
                assertNotNull(var, service + " lacks " + variable);
                assertNull(var.getValue(), variable + " must not be plain text");
                assertEquals(expectedSecret, var.getValueFrom().getSecretKeyRef().getName());
            }
            String jdbcUrl = Workloads.configFromConfigMap(manifests, deployment).get("QUARKUS_DATASOURCE_JDBC_URL");
            assertTrue(jdbcUrl.startsWith("jdbc:postgresql://"), jdbcUrl);
            assertTrue(jdbcUrl.contains(service.replace("-service", "")), "one database per service: " + jdbcUrl);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noConfigMapHoldsASecretLookingKey(Scenario scenario) {
        for (ConfigMap configMap : scenario.render().ofType(ConfigMap.class)) {
            configMap.getData().keySet().forEach(key ->
                    assertFalse(SECRET_LIKE.matcher(key).find(), configMap.getMetadata().getName() + " holds " + key));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everySecretLookingVariableIsASecretKeyRef(Scenario scenario) {
        for (Deployment deployment : scenario.render().ofType(Deployment.class)) {
            Workloads.env(deployment).values().stream()
                    .filter(var -> SECRET_LIKE.matcher(var.getName()).find())
                    .forEach(var -> assertNotNull(var.getValueFrom().getSecretKeyRef(), var.getName()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void onlyElectionServiceHoldsTheBallotIntakeKeyAndFromASecret(Scenario scenario) {
        RenderedManifests manifests = scenario.render();
        for (String service : Workloads.SERVICES) {
            EnvVar key = Workloads.env(Workloads.deploymentOf(manifests, service)).get("PYGOV_BALLOT_INTAKE_KEY");
            if (service.equals("election-service")) {
                assertNotNull(key, "election-service cannot open the ballots it sealed without PYGOV_BALLOT_INTAKE_KEY");
                assertNull(key.getValue(), "the ballot intake key must not be plain text");
                assertEquals("pygov-ballot-intake", key.getValueFrom().getSecretKeyRef().getName());
            } else {
                assertNull(key, service + " has no business with the ballot intake key");
            }
        }
    }

    @Test
    void eachServiceLogsInToKafkaAsItselfFromItsOwnSecretAndTheTrustStoreComesFromASecret() {
        RenderedManifests manifests = Scenario.everythingOptionalOn().render();
        for (String service : Workloads.SERVICES) {
            Deployment deployment = Workloads.deploymentOf(manifests, service);
            Map<String, EnvVar> env = Workloads.env(deployment);
            EnvVar jaas = env.get("KAFKA_SASL_JAAS_CONFIG");
            assertNull(jaas.getValue(), "the Kafka password must not be plain text");
            assertEquals(service.equals("election-service") ? "pygov-kafka-election" : "pygov-" + service + "-kafka",
                    jaas.getValueFrom().getSecretKeyRef().getName(), service + " logs in as its own Kafka user");
            assertEquals("sasl.jaas.config", jaas.getValueFrom().getSecretKeyRef().getKey());
            assertEquals("pygov-kafka-ca", env.get("KAFKA_SSL_TRUSTSTORE_PASSWORD").getValueFrom().getSecretKeyRef().getName());
            Map<String, String> config = Workloads.configFromConfigMap(manifests, deployment);
            assertEquals("SASL_SSL", config.get("KAFKA_SECURITY_PROTOCOL"));
            assertEquals("SCRAM-SHA-512", config.get("KAFKA_SASL_MECHANISM"));
            String location = config.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
            assertTrue(Workloads.container(deployment).getVolumeMounts().stream()
                    .anyMatch(mount -> location.startsWith(mount.getMountPath() + "/")), location);
            assertTrue(deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .map(Volume::getSecret).anyMatch(secret -> secret != null
                            && secret.getSecretName().equals("pygov-kafka-ca")));
        }
    }

    @Test
    void byDefaultEveryServiceUsesSaslSslWithItsOwnKafkaUser() {
        RenderedManifests manifests = Scenario.defaults().render();
        for (String service : Workloads.SERVICES) {
            Deployment deployment = Workloads.deploymentOf(manifests, service);
            Map<String, String> config = Workloads.configFromConfigMap(manifests, deployment);
            assertEquals("SASL_SSL", config.get("KAFKA_SECURITY_PROTOCOL"));
            assertEquals("SCRAM-SHA-512", config.get("KAFKA_SASL_MECHANISM"));
            assertEquals("pygov-" + service + "-kafka",
                    Workloads.env(deployment).get("KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef().getName());
            assertTrue(config.get("QUARKUS_OIDC_AUTH_SERVER_URL").startsWith("https://"));
            assertEquals("pygov-services", config.get("QUARKUS_OIDC_CLIENT_ID"));
            assertEquals("pygov-services", config.get("QUARKUS_OIDC_TOKEN_AUDIENCE"),
                    "every service accepts only tokens minted for PyGov");
        }
    }
}
