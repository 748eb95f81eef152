package dev.pygov.tally.ballots;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One example per defect {@link BallotImportFuzzTest} found (docs/tally.md, "Fuzzing"). */
class ImportFuzzRegressionTest {
    @TempDir
    Path dir;

    private static BallotBox csv(String text) throws IOException {
        return CsvBallotReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 5);
    }

    private static BallotBox json(String text) throws IOException {
        return JsonBallotReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 5);
    }

    @Test
    void csvCellStartingWithSixtyFourSpacesIsNotReadAsZero() {
        // Was: only the first 64 bytes of a cell are kept; all spaces, so the 7 vanished and the cell scored 0.
        assertThatThrownBy(() -> csv("A,B\n1," + " ".repeat(70) + "7\n"))
                .isExactlyInstanceOf(BallotInputException.class)
                .hasMessageStartingWith("row 2, column 2 ('B'): malformed number '")
                .hasMessageEndingWith("(cell longer than 63 characters)");
    }

    @Test
    void csvRowsMayEndWithALoneCarriageReturnAsTheHeaderMay() throws IOException {
        // Was: "row 2: unexpected character after the last column".
        BallotBox box = csv("A,B\r1,2\r\r3,4\r\n5,0\n");

        assertThat(box.ballotCount()).isEqualTo(3);
        assertThat(box.score(1, 0)).isEqualTo(3);
        assertThatThrownBy(() -> csv("A,B\r1,2\r\r3,9\r")).hasMessage("row 4, column 2 ('B'): score 9 is outside 0..5");
    }

    @Test
    void csvHugeScoreIsShownAsWritten() {
        // Was: "score 1000000 is outside 0..5", a number that is not in the file.
        assertThatThrownBy(() -> csv("A\n99999999999999999999\n")).hasMessage("row 2, column 1 ('A'): score 99999999999999999999 is outside 0..5");
        assertThatThrownBy(() -> csv("A\n-2147483648\n")).hasMessage("row 2, column 1 ('A'): score -2147483648 is outside 0..5");
    }

    @Test
    void messagesAreOneLineAndQuoteAtMostSixtyCharacters() {
        // Was: a quoted name with a line break, or a 70,000-character name, went into the message as it was.
        assertThatThrownBy(() -> csv("\"Line\nBreak\",B\n9,1\n")).hasMessage("row 2, column 1 ('Line\\nBreak'): score 9 is outside 0..5");
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"Z\\r\\nq\":1}]}"))
                .hasMessage("row 1, column 'Z\\r\\nq': unknown candidate");
        assertThatThrownBy(() -> csv("A," + "N".repeat(70_000) + "\n1,x\n"))
                .hasMessage("row 2, column 2 ('" + "N".repeat(60) + "...'): malformed number 'x'");
    }

    @Test
    void csvJunkAfterAClosingQuoteIsNamed() {
        // Was: "row 2: only 1 of the 2 columns of the header" for a row that has two.
        assertThatThrownBy(() -> csv("A,B\n\"1\"x,2\n")).hasMessage("row 2, column 1 ('A'): unexpected character after the closing quote");
        assertThatThrownBy(() -> csv("voterID,A\n\"v1\" ,2\n"))
                .hasMessage("row 2, column 1 ('voterID'): unexpected character after the closing quote");
    }

    @Test
    void csvEmptyFirstLineIsNotCalledAnEmptyFile() {
        assertThatThrownBy(() -> csv("\nA,B\n1,2\n")).hasMessage("row 1: empty header row: expected the candidate names");
        assertThatThrownBy(() -> csv("")).hasMessage("empty file: no header row of candidate names");
    }

    @Test
    void moreThanSixtyFourKilobytesOfLeadingWhitespaceIsRead() throws IOException {
        // Was: java.io.IOException "Resetting to invalid mark" from BallotFiles' look-ahead.
        Path file = Files.writeString(dir.resolve("b.json"), " ".repeat(70_000) + "{\"candidates\":[\"A\"],\"ballots\":[{\"A\":3}]}");

        assertThat(BallotFiles.read(file, 5).score(0, 0)).isEqualTo(3);
    }

    @Test
    void aStrayByteOrderMarkByteIsNotWhitespace() throws IOException {
        // Was: "empty file" for a file of a tab and the byte 0xBB, which the CSV reader reads as a header.
        Path file = Files.write(dir.resolve("b.csv"), new byte[] {'\t', (byte) 0xBB});

        BallotBox box = BallotFiles.read(file, 5);
        assertThat(box.candidates()).containsExactly("\t\uFFFD");
        assertThat(box.ballotCount()).isZero();
    }

    @Test
    void jsonScoreBeyondALongIsOutOfRange() {
        // Was: com.fasterxml.jackson.core.exc.InputCoercionException.
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"A\":1},{\"A\":99999999999999999999}]}"))
                .isExactlyInstanceOf(BallotInputException.class)
                .hasMessage("row 2, column 'A': score 99999999999999999999 is outside 0..5");
    }

    @Test
    void jsonBeyondTheParsersLimitsIsMalformedJsonWithAPlace() {
        // Was: com.fasterxml.jackson.core.exc.StreamConstraintsException (an IOException, not a BallotInputException).
        assertThatThrownBy(() -> json("{\"x\":" + "[".repeat(5000)))
                .isExactlyInstanceOf(BallotInputException.class)
                .hasMessageMatching("malformed JSON at line 1, column \\d+: Document nesting depth \\(1001\\) exceeds the maximum allowed \\(1000\\)");
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"A\":" + "1".repeat(2000) + "}]}"))
                .isExactlyInstanceOf(BallotInputException.class).hasMessageContaining("malformed JSON at line 1, column")
                .hasMessageContaining("Number value length (2000) exceeds the maximum allowed (1000)");
        assertThatThrownBy(() -> json("{\"" + "k".repeat(60_000) + "\":1}"))
                .isExactlyInstanceOf(BallotInputException.class).hasMessageContaining("Name length");
    }

    @Test
    void jsonListGivenTwiceIsRefused() {
        // Was: a second "candidates" replaced the first and dropped the ballots read so far; a second "ballots" was appended.
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"A\":1}],\"candidates\":[\"B\"]}"))
                .hasMessage("\"candidates\" given twice");
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"A\":1}],\"ballots\":[{\"A\":2}]}"))
                .hasMessage("\"ballots\" given twice");
    }

    @Test
    void jsonContentAfterTheObjectIsRefused() {
        // Was: ignored, so a file with two elections counted the first one.
        for (String after : List.of("x", "}", "{\"candidates\":[\"B\"],\"ballots\":[]}")) {
            assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[]}" + after))
                    .hasMessage("malformed JSON at line 1, column 34: content after the end of the object");
        }
    }

    @Test
    void jsonCandidateNameWithAnUnpairedSurrogateIsRefused() {
        // Was: accepted; the name has no UTF-8 form (the seeded draw hashes it as '?').
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\",\"\\ud800\"],\"ballots\":[]}"))
                .hasMessage("column candidate 2: candidate name is not valid Unicode (unpaired surrogate)");
    }

    @Test
    void aVeryLongHeaderImports() throws IOException {
        // Found reading the code, not by the fuzzer: 1024 rows were reserved per candidate before the first
        // ballot (a 7 MB header of a million names: 1 GB). This checks the import, not the memory.
        StringBuilder header = new StringBuilder("C0");
        for (int i = 1; i < 200_000; i++) {
            header.append(",C").append(i);
        }
        BallotBox box = csv(header + "\n" + ",".repeat(199_999) + "\n");

        assertThat(box.candidateCount()).isEqualTo(200_000);
        assertThat(box.ballotCount()).isEqualTo(1);
    }
}
