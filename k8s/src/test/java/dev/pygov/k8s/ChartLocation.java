package dev.pygov.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the chart and the example values live; Maven passes both, the defaults suit an IDE run from k8s/. */
final class ChartLocation {

    private ChartLocation() {
    }

    static Path chart() {
        return Path.of(System.getProperty("pygov.chart.dir", "helm/pygov")).toAbsolutePath();
    }

    static Path examplesDirectory() {
        return Path.of(System.getProperty("pygov.examples.dir", "examples")).toAbsolutePath();
    }

    /** Every values file in k8s/examples/, found on disk rather than listed by hand. */
    static List<Path> exampleValuesFiles() {
        try (Stream<Path> files = Files.list(examplesDirectory())) {
            List<Path> examples = files
                    .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
            if (examples.isEmpty()) {
                throw new IllegalStateException("no example values in " + examplesDirectory());
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
