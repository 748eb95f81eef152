package dev.pygov.tally.ballots;

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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzes the ballot import (issue 10): 13,000 generated files with fixed seeds, through the
 * readers and through {@link BallotFiles}. Every file either imports to consistent ballots (exactly
 * the model's, for files known to be valid) or is refused with a {@link BallotInputException}
 * whose one-line message says where and what (exactly where, for files with a known fault).
 * Any other throwable — NPE, index, number format, stack overflow, out of memory, an
 * {@link IOException} from a byte array — fails the property.
 */
class BallotImportFuzzTest {
    private static final Pattern LINE_COLUMN = Pattern.compile("line \\d+, column \\d+");
    private static Path dir;
    private static long files;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = FuzzDirectory.create("ballot-fuzz");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        FuzzDirectory.delete(dir);
    }

    @Provide
    Arbitrary<Sample> csvFiles() {
        return Arbitraries.randomValue(MalformedBallots::csv);
    }

    @Provide
    Arbitrary<Sample> jsonFiles() {
        return Arbitraries.randomValue(MalformedBallots::json);
    }

    @Provide
    Arbitrary<Sample> randomFiles() {
        return Arbitraries.randomValue(random -> new Sample("random bytes", Kind.ANY, MalformedBallots.randomBytes(random),
                5, null, null, -1, null, null));
    }

    @Property(tries = 6000, seed = "20260010", shrinking = ShrinkingMode.OFF)
    void csvFilesImportConsistentlyOrAreRefusedWithAPlace(@ForAll("csvFiles") Sample sample) throws IOException {
        check(sample, Outcome.of(() -> CsvBallotReader.read(new ByteArrayInputStream(sample.bytes()), sample.maxScore())));
    }

    @Property(tries = 5000, seed = "20260011", shrinking = ShrinkingMode.OFF)
    void jsonFilesImportConsistentlyOrAreRefusedWithAPlace(@ForAll("jsonFiles") Sample sample) throws IOException {
        check(sample, Outcome.of(() -> JsonBallotReader.read(new ByteArrayInputStream(sample.bytes()), sample.maxScore())));
    }

    @Property(tries = 2000, seed = "20260012", shrinking = ShrinkingMode.OFF)
    void randomBytesImportConsistentlyOrAreRefusedWithAPlace(@ForAll("randomFiles") Sample sample) throws IOException {
        check(sample, Outcome.of(() -> CsvBallotReader.read(new ByteArrayInputStream(sample.bytes()), sample.maxScore())));
    }

    /** One import: the ballots, or the refusal. Anything else thrown fails here, with the input. */
    record Outcome(BallotBox box, BallotInputException refusal) {
        interface Import {
            BallotBox run() throws IOException;
        }

        static Outcome of(Import importer) {
            try {
                return new Outcome(importer.run(), null);
            } catch (BallotInputException e) {
                if (e.getClass() != BallotInputException.class) {
                    throw new AssertionError("unexpected exception type", e);
                }
                return new Outcome(null, e);
            } catch (Throwable e) {
                throw new AssertionError("import threw " + e, e);
            }
        }
    }

    private static void check(Sample sample, Outcome direct) throws IOException {
        switch (sample.kind()) {
            case VALID -> {
                if (direct.refusal() != null) {
                    fail("valid file refused: " + direct.refusal().getMessage());
                }
                assertSameBallots(direct.box(), sample.candidates(), sample.ballots());
            }
            case FAULT -> {
                if (direct.box() != null) {
                    fail("file with a fault imported: " + direct.box().candidates() + ", " + direct.box().ballotCount() + " ballots");
                }
                BallotInputException e = direct.refusal();
                assertLocated(e);
                if (sample.row() >= 0) {
                    assertThat(e.row()).as("row of: %s", e.getMessage()).isEqualTo(sample.row());
                }
                if (sample.column() != null) {
                    assertThat(e.column()).as("column of: %s", e.getMessage()).isNotNull().contains(sample.column());
                }
                if (sample.contains() != null) {
                    assertThat(e.getMessage()).contains(sample.contains());
                }
            }
            case ANY -> {
                if (direct.refusal() != null) {
                    assertLocated(direct.refusal());
                } else {
                    assertConsistent(direct.box(), sample);
                }
            }
        }
        // The same bytes through BallotFiles (which picks CSV or JSON) agree with the reader it picks.
        // A new file each time: overwriting one (truncate) flushes it to disk on ext4, 50 times slower.
        Path file = Files.write(dir.resolve("ballots-" + (++files)), sample.bytes());
        Outcome viaFile = Outcome.of(() -> BallotFiles.read(file, sample.maxScore()));
        Files.delete(file);
        if (viaFile.refusal() != null) {
            assertLocated(viaFile.refusal());
        } else {
            assertConsistent(viaFile.box(), sample);
        }
        Outcome picked = Outcome.of(() -> firstSignificant(sample.bytes()) == '{'
                ? JsonBallotReader.read(new ByteArrayInputStream(sample.bytes()), sample.maxScore())
                : CsvBallotReader.read(new ByteArrayInputStream(sample.bytes()), sample.maxScore()));
        assertThat(viaFile.box() != null).as("BallotFiles and the reader it picks agree; reader refusal: %s, file refusal: %s",
                picked.refusal(), viaFile.refusal()).isEqualTo(picked.box() != null);
        if (picked.box() != null) {
            assertSameBallots(viaFile.box(), picked.box().candidates(), rows(picked.box()));
        }
    }

    /** The rule BallotFiles documents: after a UTF-8 byte order mark and whitespace, <code>{</code> means JSON. */
    private static int firstSignificant(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length ? bytes[i] & 0xFF : -1;
    }

    /** The message is one line, not huge, says what, and names a row, a column, a line and column, or a field. */
    static void assertLocated(BallotInputException e) {
        String message = e.getMessage();
        assertThat(message).as("message").isNotBlank().doesNotContain("\n").doesNotContain("\r")
                .doesNotContain("Exception").doesNotContain("java.");
        assertThat(message.length()).as("length of message: %s", message).isLessThan(400);
        assertThat(message).as("says what").doesNotEndWith(": ");
        boolean located = e.row() > 0 || e.column() != null || LINE_COLUMN.matcher(message).find()
                || message.contains("\"candidates\"") || message.contains("\"ballots\"") || message.startsWith("empty file");
        assertThat(located).as("message names where: %s", message).isTrue();
    }

    /** An imported box: valid candidates, scores in range, no more ballots than the file has lines, stable. */
    private static void assertConsistent(BallotBox box, Sample sample) throws IOException {
        assertThat(box.maxScore()).isEqualTo(sample.maxScore());
        assertThat(box.candidateCount()).isPositive();
        assertThat(box.candidates()).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
        long lines = 1;
        long braces = 0;
        for (byte b : sample.bytes()) {
            lines += b == '\n' || b == '\r' ? 1 : 0;
            braces += b == '{' ? 1 : 0;
        }
        assertThat((long) box.ballotCount()).isLessThanOrEqualTo(Math.max(lines, braces));
        for (int b = 0; b < box.ballotCount(); b++) {
            for (int c = 0; c < box.candidateCount(); c++) {
                assertThat(box.score(b, c)).isBetween(0, box.maxScore());
            }
        }
        BallotStatistics statistics = box.statistics();
        for (int c = 0; c < box.candidateCount(); c++) {
            long total = 0;
            for (int b = 0; b < box.ballotCount(); b++) {
                total += box.score(b, c);
            }
            assertThat(statistics.total(c)).isEqualTo(total);
        }
        // Written out again as a plain CSV file, the ballots read back the same.
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < box.candidateCount(); c++) {
            csv.append(c > 0 ? "," : "").append('"').append(box.candidate(c).replace("\"", "\"\"")).append('"');
        }
        for (int b = 0; b < box.ballotCount(); b++) {
            csv.append('\n');
            for (int c = 0; c < box.candidateCount(); c++) {
                csv.append(c > 0 ? "," : "").append(box.score(b, c));
            }
        }
        BallotBox again = CsvBallotReader.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), box.maxScore());
        assertSameBallots(again, box.candidates(), rows(box));
    }

    private static List<int[]> rows(BallotBox box) {
        List<int[]> rows = new ArrayList<>();
        for (int b = 0; b < box.ballotCount(); b++) {
            int[] row = new int[box.candidateCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = box.score(b, c);
            }
            rows.add(row);
        }
        return rows;
    }

    private static void assertSameBallots(BallotBox box, List<String> candidates, List<int[]> ballots) {
        assertThat(box.candidates()).containsExactlyElementsOf(candidates);
        assertThat(box.ballotCount()).as("ballot count").isEqualTo(ballots.size());
        List<int[]> actual = rows(box);
        for (int b = 0; b < ballots.size(); b++) {
            assertThat(actual.get(b)).as("ballot %d", b + 1).containsExactly(ballots.get(b));
        }
    }
}
