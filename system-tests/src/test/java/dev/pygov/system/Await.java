package dev.pygov.system;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for something the platform does in its own time, with a deadline; never a measure of how long it took. A
 * probe that answers null or false, or throws (the platform may be restarting), is asked again; the failure names
 * what never happened and carries the probe's last exception.
 */
final class Await {

    static final Duration DEFAULT = Duration.ofSeconds(90);

    private Await() {
    }

    static <T> T until(String what, Callable<T> probe) {
        return until(what, DEFAULT, probe);
    }

    static <T> T until(String what, Duration timeout, Callable<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.call();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (Exception e) {
                last = e;
            }
            pause(500);
        }
        AssertionError failure = new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
        if (last != null) {
            failure.initCause(last);
        }
        throw failure;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
