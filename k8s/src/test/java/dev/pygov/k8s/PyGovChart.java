package dev.pygov.k8s;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/** The real chart driven by the real helm (helm-java bundles the native library). */
final class PyGovChart {

    static final String RELEASE = "pygov";
    static final String NAMESPACE = "pygov";

    private PyGovChart() {
    }

    /** {@code helm template pygov k8s/helm/pygov -n pygov [-f values]...}. */
    static String template(Path... valuesFiles) {
        return template(Map.of(), valuesFiles);
    }

    /** Same as {@link #template(Path...)} with {@code --set key=value} pairs. */
    static String template(Map<String, Object> sets, Path... valuesFiles) {
        TemplateCommand command = new Helm(ChartLocation.chart()).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE);
        for (Path valuesFile : valuesFiles) {
            command = command.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    /** Rendered and strictly parsed manifests. */
    static RenderedManifests render(Path... valuesFiles) {
        return RenderedManifests.parse(template(valuesFiles));
    }

    static RenderedManifests render(Map<String, Object> sets, Path... valuesFiles) {
        return RenderedManifests.parse(template(sets, valuesFiles));
    }

    /** {@code helm lint --strict} with the chart's own values.yaml. */
    static LintResult lintStrict() {
        return new Helm(ChartLocation.chart()).lint().strict().call();
    }

    /**
     * {@code helm lint --strict -f overrides}: helm-java's lint takes no values file, so the chart
     * is copied to a temporary folder whose values.yaml is the chart's values coalesced with the
     * overrides, as helm would coalesce them.
     */
    static LintResult lintStrict(Path overrides, Path workDirectory) {
        Path copy = copyChartTo(workDirectory.resolve("pygov"));
        Path values = copy.resolve("values.yaml");
        Yaml.write(values, ValuesMerger.merge(Yaml.readMap(values), Yaml.readMap(overrides)));
        return new Helm(copy).lint().strict().call();
    }

    private static Path copyChartTo(Path target) {
        Path source = ChartLocation.chart();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
