package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** values.schema.json turns misspelt or impossible values into failures of helm itself. */
class ValuesSchemaTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "misspelt top-level key   | 'imgae:\n  tag: \"1.0\"\n'                                              | imgae",
        "misspelt nested key      | 'services:\n  membership-service:\n    databse: {}\n'                    | databse",
        "service that is not ours | 'services:\n  voting-service:\n    enabled: true\n'                      | voting-service",
        "misspelt default key     | 'defaults:\n    replicas: 3\n'                                          | replicas",
        "mail outside notification| 'services:\n  election-service:\n    mail: {}\n'                         | mail",
        "unknown NetworkPolicyPeer| 'networkPolicy:\n  ingress:\n    from:\n      - namespaceSelecter: {}\n' | namespaceSelecter",
    })
    void templateRejectsAValuesFileWithAnUnknownKey(String description, String yaml, String offendingKey)
            throws Exception {
        Path values = write(yaml.replace("\\n", "\n"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> PyGovChart.template(values));
        assertTrue(failure.getMessage().contains("values don't meet the specifications of the schema"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains(offendingKey), failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown security protocol | 'kafka:\n  securityProtocol: TLS\n'                                                       | securityProtocol",
        "non-postgres JDBC URL     | 'services:\n  proposal-service:\n    database:\n      jdbcUrl: jdbc:mysql://db/p\n      credentialsSecret: s\n      usernameKey: u\n      passwordKey: p\n' | jdbcUrl",
        "limits removed            | 'defaults:\n  resources:\n    limits: null\n'                                           | limits",
        "service without limits    | 'services:\n  election-service:\n    resources:\n      requests: {cpu: 1}\n'             | limits",
        "port out of range         | 'networkPolicy:\n  egress:\n    kafka:\n      to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [70000]\n' | ports",
    })
    void templateRejectsImpossibleValues(String description, String yaml, String offendingKey) throws Exception {
        Path values = write(yaml.replace("\\n", "\n"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> PyGovChart.template(values));
        assertTrue(failure.getMessage().contains(offendingKey), failure.getMessage());
    }

    @Test
    void strictLintFailsOnAMisspeltKey() throws Exception {
        Path values = write("metrics:\n  serviceMonitor:\n    enabeld: true\n");
        LintResult result = PyGovChart.lintStrict(values, work);
        assertTrue(result.isFailed(), () -> "lint passed: " + result.getMessages());
        assertTrue(result.getMessages().toString().contains("enabeld"), result.getMessages().toString());
    }

    @Test
    void aCorrectOverrideOfTheSameKeyIsAccepted() throws Exception {
        Path values = write("metrics:\n  serviceMonitor:\n    enabled: true\n");
        assertFalse(PyGovChart.lintStrict(values, work).isFailed());
        assertTrue(PyGovChart.template(values).contains("kind: ServiceMonitor"));
    }

    @Test
    void setFlagsAreCheckedToo() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> PyGovChart.template(Map.of("oidc.clientID", "pygov-services")));
        assertTrue(failure.getMessage().contains("clientID"), failure.getMessage());
    }

    private Path write(String yaml) throws Exception {
        return Files.writeString(Files.createTempFile(work, "values-", ".yaml"), yaml);
    }
}
