package dev.pygov.tally.ballots;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImporterTest {

    private static BallotBox csv(String text) throws IOException {
        return CsvBallotReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 5);
    }

    private static BallotBox json(String text) throws IOException {
        return JsonBallotReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 5);
    }

    @Test
    void csvKeepsNamesAsWrittenAndReadsEmptyCellsAsZero() throws IOException {
        BallotBox box = csv("\uFEFF\"Jo Jorgensen \",Amy\r\n5,\r\n ,3\r\n\r\n");

        assertThat(box.candidates()).containsExactly("Jo Jorgensen ", "Amy");
        assertThat(box.ballotCount()).isEqualTo(2);
        assertThat(box.score(0, 0)).isEqualTo(5);
        assertThat(box.score(0, 1)).isZero();
        assertThat(box.score(1, 0)).isZero();
        assertThat(box.score(1, 1)).isEqualTo(3);
    }

    @Test
    void spreadsheetFormulaNamesAreWrittenNeutralisedAndReadBackAsTheNamesCounted() throws IOException {
        java.util.List<String> names = java.util.List.of("=HYPERLINK(\"http://x\")", "+1", "-Ada", "@Bob", "Cy", "'quoted", "'=kept");
        StringBuilder file = new StringBuilder("ballotID");
        for (String name : names) {
            String cell = CsvCells.neutralised(name);
            assertThat(cell.charAt(0)).as(name).isNotIn('=', '+', '-', '@');
            file.append(',').append(cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        file.append("\nab12,5,4,3,2,1,0,1\n");
        assertThat(file.toString().lines().findFirst().orElseThrow()).contains(",'-Ada,").contains(",'@Bob,").contains(",Cy,");
        BallotBox box = csv(file.toString());
        assertThat(box.candidates()).containsExactlyElementsOf(names);
        assertThat(box.score(0, 2)).isEqualTo(3);
    }

    @Test
    void csvWithoutTrailingNewlineReadsTheLastRow() throws IOException {
        assertThat(csv("A,B\n1,2").ballotCount()).isEqualTo(1);
    }

    @Test
    void csvRowWithTooFewOrTooManyColumnsIsRejected() {
        assertThatThrownBy(() -> csv("A,B\n1\n")).hasMessage("row 2: only 1 of the 2 columns of the header");
        assertThatThrownBy(() -> csv("A,B\n1,2,3\n")).hasMessage("row 2: more than the 2 columns of the header");
    }

    @Test
    void csvNegativeScoreIsOutOfRange() {
        assertThatThrownBy(() -> csv("A,B\n1,-1\n")).hasMessage("row 2, column 2 ('B'): score -1 is outside 0..5");
    }

    @Test
    void csvDecimalIsMalformed() {
        assertThatThrownBy(() -> csv("A,B\n1,2.5\n")).hasMessage("row 2, column 2 ('B'): malformed number '2.5'");
    }

    @Test
    void jsonCandidateMissingFromBallotScoresZero() throws IOException {
        BallotBox box = json("{\"title\":\"x\",\"candidates\":[\"A\",\"B\"],\"ballots\":[{\"B\":4}]}");

        assertThat(box.score(0, 0)).isZero();
        assertThat(box.score(0, 1)).isEqualTo(4);
    }

    @Test
    void jsonErrorsNameBallotAndCandidate() {
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"A\":6}]}"))
                .hasMessage("row 1, column 'A': score 6 is outside 0..5");
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"A\":1},{\"A\":\"x\"}]}"))
                .hasMessage("row 2, column 'A': malformed number 'x'");
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\"],\"ballots\":[{\"A\":1.5}]}"))
                .hasMessage("row 1, column 'A': malformed number '1.5'");
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\",\"A\"],\"ballots\":[]}"))
                .hasMessageContaining("duplicate candidate 'A'");
        assertThatThrownBy(() -> json("{\"ballots\":[],\"candidates\":[\"A\"]}"))
                .hasMessage("\"candidates\" must come before \"ballots\"");
        assertThatThrownBy(() -> json("")).hasMessage("empty file");
    }

    @Test
    void jsonCandidateScoredTwiceOnOneBallotIsRejected() {
        // Jackson would otherwise keep the last value silently.
        assertThatThrownBy(() -> json("{\"candidates\":[\"A\",\"B\"],\"ballots\":[{\"A\":1,\"A\":2}]}"))
                .hasMessage("row 1, column 'A': candidate scored twice on one ballot");
    }

    @Test
    void builderRejectsOutOfRangeScoresAndUnknownCandidates() {
        BallotBox.Builder builder = BallotBox.builder(java.util.List.of("A", "B"), 5);
        assertThatThrownBy(() -> builder.addBallot(new int[] {6, 0})).hasMessageContaining("outside 0..5");
        assertThatThrownBy(() -> builder.addBallot(java.util.Map.of("C", 1))).hasMessageContaining("unknown candidate 'C'");
        assertThatThrownBy(() -> BallotBox.builder(java.util.List.of("A", "A"), 5)).hasMessageContaining("duplicate candidate");
    }
}
