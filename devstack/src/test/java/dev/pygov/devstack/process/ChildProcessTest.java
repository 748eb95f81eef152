package dev.pygov.devstack.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void killEndsTheProcessWithoutRunningItsTrapAndStopRunsIt() throws Exception {
        // The shell writes "trapped" when it gets SIGTERM; SIGKILL gives it no chance to.
        String script = "trap 'echo trapped; exit 0' TERM; echo started; while true; do sleep 0.1; done";
        ChildProcess killed = ChildProcess.start("killed", new ProcessBuilder("bash", "-c", script), dir.resolve("killed.log"));
        ChildProcess stopped = ChildProcess.start("stopped", new ProcessBuilder("bash", "-c", script), dir.resolve("stopped.log"));
        awaitLine(dir.resolve("killed.log"), "started");
        awaitLine(dir.resolve("stopped.log"), "started");

        killed.kill();
        stopped.close();

        assertFalse(killed.isAlive());
        assertFalse(stopped.isAlive());
        assertEquals("started", Files.readString(dir.resolve("killed.log")).strip());
        assertTrue(Files.readString(dir.resolve("stopped.log")).contains("trapped"), Files.readString(dir.resolve("stopped.log")));
    }

    private static void awaitLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && !(Files.exists(log) && Files.readString(log).contains(line))) {
            Thread.sleep(50);
        }
    }
}
