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
}
