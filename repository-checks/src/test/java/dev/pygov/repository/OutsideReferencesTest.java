package dev.pygov.repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OutsideReferencesTest {

    @Test
    void theProjectRefersToNothingOutsideItsOwnTree() {
        String configured = System.getProperty("pygov.repository.root");
        assertThat(configured).as("surefire sets pygov.repository.root from the pom").isNotBlank();
        Path root = Path.of(configured);
        assertThat(root.resolve("README.md")).as("the repository root").isRegularFile();

        assertThat(new OutsideReferences(root).find())
                .as("references to paths outside the repository (a clone has nothing beside it)")
                .isEmpty();
    }

    @Test
    void findsClimbsAboveTheRootAndTheSharedFolder(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("pom.xml"), """
                <module>tally</module>
                <dir>${maven.multiModuleProjectDirectory}/../elsewhere</dir>
                """);
        Path module = Files.createDirectories(root.resolve("tally/src/test/java/x"));
        Files.writeString(root.resolve("tally/pom.xml"), "<relativePath>../pom.xml</relativePath>\n");
        Files.writeString(module.resolve("T.java"), """
                Path ok = Path.of("../devstack/target");
                Path bad = Path.of("../../outside");
                Path shared = Path.of("../../../../../../shared/conformance");
                """);
        Path docs = Files.createDirectories(root.resolve("docs/decisions"));
        Files.writeString(docs.resolve("0001.md"), "[ok](../../README.md) [bad](../../../README.md)\n");
        Files.write(root.resolve("binary.bin"), new byte[] {'.', '.', '/', '.', '.', '/', 0});

        assertThat(new OutsideReferences(root).find())
                .extracting(f -> f.file().toString().replace('\\', '/') + ":" + f.line())
                .containsExactlyInAnyOrder(
                        "pom.xml:2",
                        "tally/src/test/java/x/T.java:2",
                        "tally/src/test/java/x/T.java:3",
                        "docs/decisions/0001.md:1");
        assertThat(new OutsideReferences(root).find()).extracting(OutsideReferences.Finding::reference)
                .contains("../../../../../../shared/conformance", "../../../README.md");
    }
}
