package dev.pygov.tally.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterWordingTest {

    @Test
    void oneVoterIsNotVoters() {
        assertThat(ReportWriter.voters(0)).isEqualTo("0 voters");
        assertThat(ReportWriter.voters(1)).isEqualTo("1 voter");
        assertThat(ReportWriter.voters(2)).isEqualTo("2 voters");
        assertThat(ReportWriter.voters(1234)).isEqualTo("1,234 voters");
    }
}
