package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real {@code helm lint --strict} on the chart's defaults and on every example values file. */
class HelmLintTest {

    @TempDir
    Path work;

    @Test
    void chartPassesStrictLintWithItsDefaults() {
        assertClean(PyGovChart.lintStrict());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.pygov.k8s.ChartLocation#exampleValuesFiles")
    void everyExamplePassesStrictLint(Path example) {
        assertClean(PyGovChart.lintStrict(example, work));
    }

    @Test
    void chartMetadataIsHelm3WithTheAppVersion() {
        Map<String, Object> chart = Yaml.readMap(ChartLocation.chart().resolve("Chart.yaml"));
        assertEquals("v2", chart.get("apiVersion"));
        assertEquals("0.1.0", chart.get("appVersion"));
        assertEquals("pygov", chart.get("name"));
    }

    @Test
    void examplesDirectoryHoldsTheDocumentedExamples() {
        List<String> names = ChartLocation.exampleValuesFiles().stream()
                .map(file -> file.getFileName().toString()).toList();
        assertTrue(names.contains("small-production.yaml"), names.toString());
    }

    private static void assertClean(LintResult result) {
        List<String> problems = result.getMessages().stream()
                .filter(message -> message.contains("[ERROR]") || message.contains("[WARNING]"))
                .toList();
        assertFalse(result.isFailed(), () -> "helm lint --strict failed: " + result.getMessages());
        assertTrue(problems.isEmpty(), () -> "helm lint --strict reported: " + problems);
    }
}
