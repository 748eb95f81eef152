package dev.pygov.devstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child process whose output goes to a log file and which, when stopped, takes its whole tree with it. */
public final class ChildProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, ProcessBuilder builder, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + ": " + builder.command(), e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /**
     * SIGKILL to the whole tree at once, as a crash or the OOM killer would do it: no shutdown hook runs, nothing
     * is flushed. Returns once every process of the tree has exited.
     */
    public void kill() {
        List<ProcessHandle> tree = ProcessTree.of(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        ProcessTree.awaitExit(tree, GRACE);
        awaitExit();
    }

    /** Asks the tree to terminate (SIGTERM: shutdown hooks run), waits, then kills whatever is left. */
    @Override
    public void close() {
        List<ProcessHandle> tree = ProcessTree.of(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        ProcessTree.awaitExit(tree, GRACE);
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit();
    }

    private void awaitExit() {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
