package dev.pygov.election.domain;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {

    @Test
    void aScrubbedFailureKeepsClassesStatesAndStackButNoMessage() {
        String tracker = "ab".repeat(32);
        SQLException sql = new SQLException("ERROR: duplicate key value violates unique constraint \"vote_ballot_box_tracker\"\n"
                + "  Detail: Key (tracker)=(" + tracker + ") already exists.", "23505");
        RuntimeException failure = new IllegalStateException("could not execute statement [" + tracker + "]", sql);

        StringWriter printed = new StringWriter();
        LogSafe.scrubbed(failure).printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).doesNotContain(tracker).doesNotContain("Detail")
                .contains("IllegalStateException").contains("SQLState 23505").contains("LogSafeTest");
        assertThat(LogSafe.describe(failure)).doesNotContain(tracker)
                .isEqualTo("java.lang.IllegalStateException <- java.sql.SQLException SQLState 23505");
    }
}
