package dev.pygov.tally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecountCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RecountCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void decidedCsvElectionPrintsThePlainReportAndExitsZero() throws IOException {
        Path csv = file("ballots.csv", "Ada,Brett,Carol\n5,3,0\n5,4,1\n,2,5\n4,4,0\n");

        int exit = run("--method", "bloc-star", "--seats", "2", "--tiebreak", "starvote", "--final", "none", csv.toString());

        assertThat(exit).isEqualTo(RecountCli.DECIDED);
        assertThat(stdout())
                .contains("Ballots cast: 4")
                .contains("1. Ada", "2. Brett")
                .contains("Scoring Round: Ada and Brett advance with 14 and 13 stars.")
                .contains("Automatic Runoff: Ada is preferred over Brett, 2 to 1, with 1 voter showing equal support.");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void starVoteExportWithMetadataColumnsImports() throws IOException {
        Path csv = file("starvote.csv", """
                voterID,voteTime,pollID,"Jorgensen, Jo",Amy
                a61z,"2023-05-14 12:52:42",9fm5,5,1
                yzsf,"2023-05-14 13:06:27",9fm5,4,
                """);

        int exit = run("--method", "star", csv.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).contains("Winner:\n  1. Jorgensen, Jo");
    }

    @Test
    void jsonInputWithJsonOutput() throws IOException {
        Path json = file("ballots.json", """
                {"candidates": ["Ada", "Brett"], "ballots": [{"Ada": 5}, {"Ada": 4, "Brett": 5}, {"Brett": 1}]}
                """);

        int exit = run("--method", "star", "--json", json.toString());

        assertThat(exit).isZero();
        // Ada has more stars (9 to 6) but Brett is preferred on two ballots of three: the runoff decides.
        assertThat(stdout()).contains("\"winners\" : [ \"Brett\" ]")
                .contains("\"firstPreferred\" : 1", "\"secondPreferred\" : 2", "\"equalSupport\" : 0");
    }

    @Test
    void unresolvedTieExitsThreeAndNamesTheTie() throws IOException {
        Path csv = file("tie.csv", "Ada,Brett\n5,3\n3,5\n");

        int exit = run("--method", "star", "--tiebreak", "official", "--final", "none", csv.toString());

        assertThat(exit).isEqualTo(RecountCli.UNRESOLVED_TIE);
        assertThat(stdout()).contains("UNRESOLVED TIE: seat 1, automatic runoff: Ada, Brett compete for 1 place.");
    }

    @Test
    void finalStepBreaksTheSameTie() throws IOException {
        Path csv = file("tie.csv", "Ada,Brett\n5,3\n3,5\n");

        assertThat(run("--method", "star", "--final", "order:Brett,Ada", csv.toString())).isZero();
        assertThat(stdout()).contains("1. Brett");
    }

    @Test
    void scoreOutOfRangeNamesRowAndColumn() throws IOException {
        Path csv = file("bad.csv", "Ada,Brett\n5,3\n3,7\n");

        assertThat(run("--method", "star", csv.toString())).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr()).contains("row 3, column 2 ('Brett'): score 7 is outside 0..5");
    }

    @Test
    void malformedNumberNamesRowAndColumn() throws IOException {
        Path csv = file("bad.csv", "Ada,Brett\n5,three\n");

        assertThat(run("--method", "star", csv.toString())).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr()).contains("row 2, column 2 ('Brett'): malformed number 'three'");
    }

    @Test
    void duplicateCandidateInHeaderIsRejected() throws IOException {
        Path csv = file("bad.csv", "Ada,Brett,Ada\n5,3,1\n");

        assertThat(run("--method", "star", csv.toString())).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr()).contains("row 1, column 3 ('Ada'): duplicate candidate 'Ada'");
    }

    @Test
    void unknownCandidateInJsonIsRejected() throws IOException {
        Path json = file("bad.json", "{\"candidates\":[\"Ada\"],\"ballots\":[{\"Ada\":1},{\"Zed\":2}]}");

        assertThat(run("--method", "star", json.toString())).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr()).contains("row 2, column 'Zed': unknown candidate");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path empty = file("empty.csv", "");

        assertThat(run("--method", "star", empty.toString())).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr()).contains("empty file");
    }

    @Test
    void badArgumentsPrintUsage() {
        assertThat(run("--method", "borda", "x.csv")).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr()).contains("unknown method 'borda'").contains("usage:");
    }

    @Test
    void errorMessagesStayOnOneLine() throws IOException {
        // Found by RecountCliFuzzTest: an argument with a line break ("--final\n") split the error over two lines.
        assertThat(run("--method", "star", "--final\n", "x.csv")).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr().lines().findFirst()).contains("error: unknown option --final\\n");
        assertThat(stderr().lines().skip(1).toList()).isEqualTo(RecountCli.USAGE.lines().toList());

        err.reset();
        Path csv = file("bad.csv", "\"Line\nBreak\",B\n9,1\n");
        assertThat(run("--method", "star", csv.toString())).isEqualTo(RecountCli.BAD_INPUT);
        assertThat(stderr()).isEqualTo("error: " + csv + ": row 2, column 1 ('Line\\nBreak'): score 9 is outside 0..5"
                + System.lineSeparator());
    }

    @Test
    void approvalDefaultsToMaximumScoreOne() throws IOException {
        Path csv = file("approval.csv", "Ada,Brett,Carol\n1,1,0\n1,0,0\n0,1,1\n1,0,1\n");

        assertThat(run("--method", "approval", "--seats", "2", "--final", "seed:00ff", csv.toString())).isZero();
        assertThat(stdout()).contains("Approval voting (2 seats)").contains("1. Ada");
    }
}
