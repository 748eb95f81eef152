package dev.pygov.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void everyCataloguedEventTravelsOnATopicWithAnOwner() {
        for (Class<? extends EventPayload> payload : EventCatalog.PAYLOADS) {
            assertThat(Topics.owner(EventCatalog.of(payload).topic())).as(payload.getSimpleName()).isPresent();
        }
    }

    @Test
    void onlyTheOwnersSourceIsTrustedOnATopic() {
        assertThat(Topics.fromOwner(Topics.ELECTION, "/election-service")).isTrue();
        assertThat(Topics.fromOwner(Topics.ELECTION, "/election-service/ballots")).isTrue();
        assertThat(Topics.fromOwner(Topics.ELECTION, "/membership-service")).isFalse();
        assertThat(Topics.fromOwner(Topics.ELECTION, "/election-service-forged")).isFalse();
        assertThat(Topics.fromOwner(Topics.ELECTION, null)).isFalse();
        assertThat(Topics.fromOwner("pygov.unknown", "/election-service")).isFalse();
    }

    @Test
    void eachServiceWritesOnlyItsOwnTopicAndReadsWhatItConsumes() {
        assertThat(Topics.writtenBy(Topics.MEMBERSHIP_SERVICE)).containsExactly(Topics.MEMBERSHIP);
        assertThat(Topics.writtenBy(Topics.ELECTION_SERVICE)).containsExactly(Topics.ELECTION);
        assertThat(Topics.writtenBy(Topics.PROPOSAL_SERVICE)).containsExactly(Topics.PROPOSAL);
        assertThat(Topics.writtenBy(Topics.NOTIFICATION_SERVICE)).containsExactly(Topics.NOTIFICATION_DEAD_LETTER);
        for (String service : Topics.SERVICES) {
            assertThat(Topics.readBy(service)).doesNotContainAnyElementsOf(Topics.writtenBy(service));
        }
    }
}
