package dev.pygov.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Polls each service's {@code /q/health/ready} until it answers 200, reporting progress every few seconds. */
final class ReadinessWaiter {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Duration timeout;
    private final Consumer<String> progress;

    ReadinessWaiter(Duration timeout, Consumer<String> progress) {
        this.timeout = timeout;
        this.progress = progress;
    }

    void awaitAll(List<RunningService> services) {
        long start = System.nanoTime();
        long nextReport = start + PROGRESS_EVERY.toNanos();
        List<RunningService> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (RunningService service : List.copyOf(waiting)) {
                if (!service.process().isAlive()) {
                    throw failure(service, "exited during start");
                }
                if (isReady(service)) {
                    waiting.remove(service);
                    progress.accept(service.spec().name() + ": ready at " + service.url() + " after " + seconds(start) + " s");
                }
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw failure(waiting.get(0), "not ready after " + timeout.toSeconds() + " s");
            }
            if (!waiting.isEmpty() && System.nanoTime() > nextReport) {
                progress.accept("  waiting for " + waiting.stream().map(s -> s.spec().name()).collect(Collectors.joining(", "))
                        + " (" + seconds(start) + " s)");
                nextReport += PROGRESS_EVERY.toNanos();
            }
            pause();
        }
    }

    private static boolean isReady(RunningService service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.readyUrl())).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while waiting for " + service.spec().name());
        }
    }

    private static PlatformStartException failure(RunningService service, String what) {
        return new PlatformStartException(service.spec().name() + " " + what + ". Last lines of "
                + service.process().log() + ":" + System.lineSeparator() + service.process().logTail(30));
    }

    private static long seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while waiting for the services");
        }
    }
}
