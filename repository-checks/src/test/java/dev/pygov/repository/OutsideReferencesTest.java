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
                Path ok = Path.of("%sdevstack/target");
                Path bad = Path.of("%soutside");
                Path shared = Path.of("%sshared/conformance");
                """.formatted(up(1), up(2), up(6)));
        Path docs = Files.createDirectories(root.resolve("docs/decisions"));
        Files.writeString(docs.resolve("0001.md"), "[ok](" + up(2) + "README.md) [bad](" + up(3) + "README.md)\n");
        Files.write(root.resolve("binary.bin"), new byte[] {'.', '.', '/', '.', '.', '/', 0});

        assertThat(new OutsideReferences(root).find())
                .extracting(f -> f.file().toString().replace('\\', '/') + ":" + f.line())
                .containsExactlyInAnyOrder(
                        "pom.xml:2",
                        "tally/src/test/java/x/T.java:2",
                        "tally/src/test/java/x/T.java:3",
                        "docs/decisions/0001.md:1");
        assertThat(new OutsideReferences(root).find()).extracting(OutsideReferences.Finding::reference)
                .contains(up(6) + "shared/conformance", up(3) + "README.md");
    }

    /** A relative path climbing n folders, built rather than written so this file holds no such reference itself. */
    private static String up(int n) {
        return "../".repeat(n);
    }
}
