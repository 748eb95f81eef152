package dev.pygov.system;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls until a probe answers something other than null, or fails naming what never happened. */
final class Await {

    static final Duration DEFAULT = Duration.ofSeconds(90);

    private Await() {
    }

    static <T> T until(String what, Callable<T> probe) throws Exception {
        return until(what, DEFAULT, probe);
    }

    static <T> T until(String what, Duration timeout, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
    }
}
