package dev.pygov.tally.cli;

import dev.pygov.tally.ballots.FuzzDirectory;
import dev.pygov.tally.ballots.MalformedBallots;
import dev.pygov.tally.ballots.MalformedBallots.Kind;
import dev.pygov.tally.ballots.MalformedBallots.Sample;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the recount CLI in-process (issue 10): 10,000 seeded runs with valid, faulty, mutated and
 * random ballot files and valid or mutated argument lists. The exit status is always 0, 2 or 3;
 * nothing is thrown; a refusal is exit 2 with one clear line on stderr (plus the usage text for
 * argument errors), never a stack trace; a valid file with valid arguments is counted (0 or 3); a
 * file with a known fault is exit 2 naming the row.
 */
class RecountCliFuzzTest {
    private static final List<String> USAGE = RecountCli.USAGE.lines().toList();
    private static final String[] TOKENS = {"--method", "--seats", "--tiebreak", "--final", "--max-score", "--json",
            "star", "bloc-star", "approval", "borda", "STAR", "official", "starvote", "none", "order:", "order:A,B", "order:,",
            "seed:", "seed:00ff", "seed:0", "seed:zz", "seed:0g", "-1", "0", "1", "2", "3", "127", "128", "99999999999", "1e3",
            "", "  ", "--", "-", "--seats=2", "--unknown", "x\ny", "tab\there", "\u0000", "é", "nonexistent.csv",
            "order:Ada,Ada", "seed:" + "ab".repeat(100), "\u2028", "--final\n"};

    private static Path dir;
    private static long tries;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = FuzzDirectory.create("recount-fuzz");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        FuzzDirectory.delete(dir);
    }

    /** A ballot file and the arguments to recount it with. */
    record Case(Sample file, String extension, List<String> args, boolean argsValid) {
        @Override
        public String toString() {
            List<String> shown = args.stream().map(a -> a.length() > 80 ? a.substring(0, 80) + "..." : a).toList();
            return "args=" + shown + " argsValid=" + argsValid + " file=" + file;
        }
    }

    @Provide
    Arbitrary<Case> recounts() {
        return Arbitraries.randomValue(RecountCliFuzzTest::recount);
    }

    static Case recount(Random random) {
        String method = List.of("star", "bloc-star", "approval").get(random.nextInt(3));
        int maxScore = method.equals("approval") ? 1 : random.nextInt(3) == 0 ? 1 + random.nextInt(20) : 5;
        boolean json = random.nextBoolean();
        Sample file;
        int pick = random.nextInt(10);
        if (pick < 5) {
            List<String> candidates = MalformedBallots.pickNames(random, 1 + random.nextInt(6));
            List<int[]> ballots = MalformedBallots.pickBallots(random, candidates.size(), maxScore, random.nextInt(12));
            String text = json ? MalformedBallots.jsonFrom(random, candidates, ballots, -1, null)
                    : MalformedBallots.csvFrom(random, candidates, ballots, maxScore).text();
            file = new Sample(json ? "json valid" : "csv valid", Kind.VALID, text.getBytes(StandardCharsets.UTF_8), maxScore,
                    candidates, ballots, -1, null, null);
        } else {
            file = json ? MalformedBallots.json(random) : MalformedBallots.csv(random);
            maxScore = file.maxScore();
            method = maxScore == 1 && random.nextBoolean() ? "approval" : method.equals("approval") ? "star" : method;
        }
        List<String> args = new ArrayList<>(List.of("--method", method));
        List<String> candidates = file.candidates();
        int candidateCount = candidates == null ? 1 : candidates.size();
        if (!method.equals("star")) {
            args.addAll(List.of("--seats", String.valueOf(1 + random.nextInt(candidateCount))));
        } else if (random.nextBoolean()) {
            args.addAll(List.of("--seats", "1"));
        }
        if (random.nextBoolean()) {
            args.addAll(List.of("--tiebreak", random.nextBoolean() ? "official" : "starvote"));
        }
        int finalStep = random.nextInt(3);
        if (finalStep == 1) {
            byte[] seed = new byte[1 + random.nextInt(8)];
            random.nextBytes(seed);
            args.addAll(List.of("--final", "seed:" + HexFormat.of().formatHex(seed)));
        } else if (finalStep == 2 && candidates != null && candidates.stream().noneMatch(name -> name.contains(","))) {
            List<String> order = new ArrayList<>(candidates);
            Collections.shuffle(order, random);
            args.addAll(List.of("--final", "order:" + String.join(",", order)));
        }
        boolean defaultMax = method.equals("approval") ? maxScore == 1 : maxScore == 5;
        if (!defaultMax || random.nextInt(4) == 0) {
            args.addAll(List.of("--max-score", String.valueOf(maxScore)));
        }
        if (random.nextBoolean()) {
            args.add("--json");
        }
        args.add(random.nextBoolean() ? 0 : args.size(), "FILE");
        boolean valid = random.nextBoolean();
        if (!valid) {
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                int at = random.nextInt(args.size() + 1);
                switch (random.nextInt(6)) {
                    case 0 -> {
                        if (!args.isEmpty() && at < args.size()) {
                            args.remove(at);
                        }
                    }
                    case 1 -> {
                        if (at < args.size()) {
                            args.add(at, args.get(at));
                        }
                    }
                    case 2 -> {
                        if (at + 1 < args.size()) {
                            Collections.swap(args, at, at + 1);
                        }
                    }
                    case 3 -> {
                        if (at < args.size()) {
                            args.set(at, TOKENS[random.nextInt(TOKENS.length)]);
                        }
                    }
                    case 4 -> args.add(at, TOKENS[random.nextInt(TOKENS.length)]);
                    default -> args.add(at, random.nextBoolean() ? "FILE" : "DIRECTORY");
                }
            }
            if (random.nextInt(20) == 0) {
                args.clear();
            }
        }
        return new Case(file, json ? ".json" : ".csv", List.copyOf(args), valid);
    }

    @Property(tries = 10_000, seed = "20260020", shrinking = ShrinkingMode.OFF)
    void everyRunEndsWithADocumentedExitAndAtMostOneClearErrorLine(@ForAll("recounts") Case recount) throws IOException {
        // A new file each try: overwriting one (truncate) flushes it to disk on ext4, 50 times slower.
        Path ballots = Files.write(dir.resolve("ballots-" + (++tries) + recount.extension()), recount.file().bytes());
        try {
            check(recount, ballots);
        } finally {
            Files.delete(ballots);
        }
    }

    private static void check(Case recount, Path ballots) {
        String[] args = recount.args().stream()
                .map(a -> a.equals("FILE") ? ballots.toString() : a.equals("DIRECTORY") ? dir.toString() : a)
                .toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            exit = RecountCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (Throwable e) {
            throw new AssertionError("RecountCli.run threw " + e, e);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);

        assertThat(exit).as("exit status; stderr: %s", stderr).isIn(RecountCli.DECIDED, RecountCli.BAD_INPUT, RecountCli.UNRESOLVED_TIE);
        if (exit == RecountCli.BAD_INPUT) {
            assertThat(stdout).as("stdout of a refusal").isEmpty();
            List<String> lines = stderr.lines().toList();
            assertThat(lines).as("stderr").isNotEmpty();
            String message = lines.get(0);
            assertThat(message).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(message.length()).as("length of: %s", message).isLessThan(700);
            assertThat(message.substring("error: ".length())).as("says what").isNotBlank();
            if (lines.size() > 1) {
                assertThat(lines.subList(1, lines.size())).as("after the error line, only the usage").isEqualTo(USAGE);
            }
        } else {
            assertThat(stderr).as("stderr of a count").isEmpty();
            assertThat(stdout).as("report").isNotBlank();
        }
        if (recount.argsValid() && recount.file().kind() == Kind.VALID) {
            assertThat(exit).as("valid file and arguments are counted; stderr: %s", stderr)
                    .isIn(RecountCli.DECIDED, RecountCli.UNRESOLVED_TIE);
        }
        if (recount.argsValid() && recount.file().kind() == Kind.FAULT) {
            assertThat(exit).as("a file with a fault is bad input").isEqualTo(RecountCli.BAD_INPUT);
            assertThat(stderr).startsWith("error: " + ballots + ": ").hasLineCount(1);
            if (recount.file().row() > 0) {
                assertThat(stderr).contains("row " + recount.file().row());
            }
        }
        if (recount.argsValid() && exit == RecountCli.UNRESOLVED_TIE) {
            assertThat(stdout).contains(recount.args().contains("--json") ? "\"unresolvedTie\" : {" : "UNRESOLVED TIE");
        }
    }
}
