package dev.pygov.commons.clock;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DateHeaderTest {

    @Test
    void theHeaderIsAnHttpDateInGmt() {
        assertThat(DateHeader.format(Instant.parse("2027-03-17T14:58:58.610361962Z"))).isEqualTo("Wed, 17 Mar 2027 14:58:58 GMT");
        assertThat(DateHeader.format(Instant.parse("1994-11-06T08:49:37Z"))).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }
}
