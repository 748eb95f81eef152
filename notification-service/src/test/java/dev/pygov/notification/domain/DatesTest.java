package dev.pygov.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @Test
    void aDeadlineReadsAsDayDateTimeToTheMinuteAndZone() {
        assertThat(Dates.readable(Instant.parse("2027-03-17T14:58:58.610361962Z"))).isEqualTo("Wednesday 17 March 2027, 14:58 UTC");
        assertThat(Dates.readable(Instant.parse("2027-01-03T09:05:00Z"))).isEqualTo("Sunday 3 January 2027, 09:05 UTC");
    }
}
