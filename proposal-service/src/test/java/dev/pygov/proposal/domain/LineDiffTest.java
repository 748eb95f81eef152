package dev.pygov.proposal.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pygov.proposal.domain.LineDiff.Op.ADDED;
import static dev.pygov.proposal.domain.LineDiff.Op.KEPT;
import static dev.pygov.proposal.domain.LineDiff.Op.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void keepsCommonLinesAndShowsWhatChangedBetweenThem() {
        assertThat(LineDiff.between("a\nb\nc\nd", "a\nx\nc\nd\ne")).containsExactly(
                new LineDiff.Line(KEPT, "a"),
                new LineDiff.Line(REMOVED, "b"),
                new LineDiff.Line(ADDED, "x"),
                new LineDiff.Line(KEPT, "c"),
                new LineDiff.Line(KEPT, "d"),
                new LineDiff.Line(ADDED, "e"));
    }

    @Test
    void identicalTextsAreAllKept() {
        assertThat(LineDiff.between("one\ntwo", "one\ntwo")).extracting(LineDiff.Line::op).containsExactly(KEPT, KEPT);
    }

    @Test
    void aMovedLineIsRemovedWhereItWasAndAddedWhereItIs() {
        List<LineDiff.Line> diff = LineDiff.between("a\nb\nc", "b\nc\na");
        assertThat(diff).containsExactly(
                new LineDiff.Line(REMOVED, "a"),
                new LineDiff.Line(KEPT, "b"),
                new LineDiff.Line(KEPT, "c"),
                new LineDiff.Line(ADDED, "a"));
    }

    @Test
    void replayingTheDiffRebuildsBothTexts() {
        String before = "# Title\n\nintro\n- one\n- two\n- three\nend";
        String after = "# New title\n\nintro\n- one\n- three\n- four\nend\n";
        List<LineDiff.Line> diff = LineDiff.between(before, after);
        assertThat(String.join("\n", diff.stream().filter(l -> l.op() != ADDED).map(LineDiff.Line::text).toList())).isEqualTo(before);
        assertThat(String.join("\n", diff.stream().filter(l -> l.op() != REMOVED).map(LineDiff.Line::text).toList())).isEqualTo(after);
    }

    @Test
    void findsTheShortestScriptWhenEditsAreScattered() {
        String before = "a\nb\nc\nd\ne\nf\ng";
        String after = "a\nB\nc\nd\nE\nf\ng\nh";
        List<LineDiff.Line> diff = LineDiff.between(before, after);
        assertThat(diff).filteredOn(l -> l.op() != KEPT).hasSize(5);
        assertThat(withoutOp(diff, ADDED)).isEqualTo(before);
        assertThat(withoutOp(diff, REMOVED)).isEqualTo(after);
    }

    @Test
    void twoLargeUnrelatedRevisionsGetATrueDiffWithoutTheQuadraticTable() {
        // 50,000 lines each: the former table would have been 50,001 x 50,001 ints (10 GB).
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            before.append("before line ").append(i).append('\n');
            after.append("after line ").append(i).append('\n');
        }
        List<LineDiff.Line> diff = LineDiff.between(before.toString(), after.toString());
        assertThat(diff).filteredOn(l -> l.op() == REMOVED).hasSize(50_000);
        assertThat(diff).filteredOn(l -> l.op() == ADDED).hasSize(50_000);
        assertThat(withoutOp(diff, REMOVED)).isEqualTo(after.toString());
        assertThat(withoutOp(diff, ADDED)).isEqualTo(before.toString());
    }

    @Test
    void pastTheEditBoundTheMiddleIsShownAsReplacedAndStillReplaysBothTexts() {
        String before = "same\n1\n2\n3\nsame";
        String after = "same\nx\n2\ny\nsame";
        List<LineDiff.Line> bounded = LineDiff.between(before, after, 2);
        assertThat(bounded).extracting(LineDiff.Line::op)
                .containsExactly(KEPT, REMOVED, REMOVED, REMOVED, ADDED, ADDED, ADDED, KEPT);
        assertThat(withoutOp(bounded, ADDED)).isEqualTo(before);
        assertThat(withoutOp(bounded, REMOVED)).isEqualTo(after);
        assertThat(LineDiff.between(before, after, 4)).filteredOn(l -> l.op() == KEPT).hasSize(3);
    }

    private static String withoutOp(List<LineDiff.Line> diff, LineDiff.Op left) {
        return String.join("\n", diff.stream().filter(l -> l.op() != left).map(LineDiff.Line::text).toList());
    }
}
