package dev.pygov.tally.bench;

import dev.pygov.tally.FinalStep;
import dev.pygov.tally.Tally;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.TieBreakProtocol;
import dev.pygov.tally.ballots.BallotBox;
import dev.pygov.tally.ballots.BallotFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark main, not a test (never runs during {@code mvn test}). Single-threaded: measures a
 * full Bloc STAR count (5 seats, ranking continued to all 20 candidates) after warm-up, and CSV
 * import speed. Run: {@code ./mvnw -q -pl tally -Pbench test-compile exec:exec -Dbench.args="100000 1000000 10000000"}.
 */
public final class TallyBenchmark {
    private static final int CANDIDATES = 20;
    private static final int SEATS = 5;
    private static final int WARMUP = 10;
    private static final int MEASURED = 15;

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100_000, 1_000_000, 10_000_000);
        }
        System.out.printf(Locale.ROOT, "java %s, %d available processors (count is single-threaded)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (int ballots : sizes) {
            benchmarkTally(ballots);
        }
        for (int ballots : sizes) {
            benchmarkCsvImport(ballots);
        }
    }

    private static List<String> candidates() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            names.add("Candidate " + (c + 1));
        }
        return names;
    }

    /** Scores skewed by candidate so totals differ, with enough noise to exercise every round. */
    private static byte score(SplittableRandom random, int candidate) {
        int bias = candidate % 6;
        return (byte) Math.min(5, Math.max(0, random.nextInt(6) + (bias > 3 ? 1 : 0) - (bias < 2 ? 1 : 0)));
    }

    private static void benchmarkTally(int ballots) {
        SplittableRandom random = new SplittableRandom(42);
        BallotBox.Builder builder = BallotBox.builder(candidates(), 5);
        byte[] row = new byte[CANDIDATES];
        for (int b = 0; b < ballots; b++) {
            for (int c = 0; c < CANDIDATES; c++) {
                row[c] = score(random, c);
            }
            builder.addBallot(row);
        }
        BallotBox box = builder.build();
        TallyConfig config = TallyConfig.blocStar(SEATS, TieBreakProtocol.OFFICIAL, FinalStep.seed("00"));
        TallyResult result = null;
        for (int i = 0; i < WARMUP; i++) {
            result = Tally.run(box, config);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            result = Tally.run(box, config);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "tally  bloc-star %d seats, %d candidates, %,11d ballots: median %7.1f ms, min %7.1f ms (rounds %d, winners %s)%n",
                SEATS, CANDIDATES, ballots, nanos[MEASURED / 2] / 1e6, nanos[0] / 1e6, result.rounds().size(), result.winners());
    }

    private static void benchmarkCsvImport(int ballots) throws IOException {
        Path csv = Files.createTempFile("tally-bench-" + ballots + "-", ".csv");
        try {
            writeCsv(csv, ballots);
            long bytes = Files.size(csv);
            int runs = ballots >= 10_000_000 ? 2 : 4;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                BallotBox box = BallotFiles.read(csv, 5);
                long elapsed = System.nanoTime() - start;
                best = Math.min(best, elapsed);
                if (box.ballotCount() != ballots) {
                    throw new IllegalStateException("read " + box.ballotCount() + " ballots, wrote " + ballots);
                }
            }
            System.out.printf(Locale.ROOT, "import csv %,11d ballots (%,d MB): best of %d %8.1f ms = %,.0f ballots/s%n",
                    ballots, bytes >> 20, runs, best / 1e6, ballots / (best / 1e9));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void writeCsv(Path csv, int ballots) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write(String.join(",", candidates()));
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (int b = 0; b < ballots; b++) {
                line.setLength(0);
                for (int c = 0; c < CANDIDATES; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    byte s = score(random, c);
                    if (s > 0) {
                        line.append((char) ('0' + s));
                    }
                }
                line.append('\n');
                out.append(line);
            }
        }
    }
}
