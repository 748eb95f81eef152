package dev.pygov.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The {@code sh} blocks of docs/quickstart.md, run in order as one {@code bash -e} script, as a reader would paste them. */
final class QuickstartScript {

    private static final String OPENING = "```sh";
    private static final String CLOSING = "```";

    private QuickstartScript() {
    }

    static List<String> blocks(Path markdown) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(markdown)) {
            if (current == null && line.strip().equals(OPENING)) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals(CLOSING)) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            throw new IllegalStateException(markdown + ": an sh block is never closed");
        }
        return blocks;
    }

    record Outcome(int exitCode, String output) {
    }

    /** Runs the blocks in the repository's root with the given environment; the output is stdout and stderr together. */
    static Outcome run(Path repoRoot, List<String> blocks, Map<String, String> environment, long timeoutMinutes)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("pygov-quickstart", ".sh");
        Path output = Files.createTempFile("pygov-quickstart", ".log");
        Files.writeString(script, "set -euo pipefail\nset -x\n" + String.join("\n", blocks));
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Outcome(-1, Files.readString(output) + "\n(timed out after " + timeoutMinutes + " minutes)");
        }
        return new Outcome(process.exitValue(), Files.readString(output));
    }
}
