package dev.pygov.notification;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.Topics;
import dev.pygov.events.election.BallotParticipationRecorded;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.election.MotionDecided;
import dev.pygov.events.election.MotionOpened;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.notification.domain.Dates;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Reminders;
import dev.pygov.notification.domain.Recipient;
import dev.pygov.rulebook.Rulebooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.pygov.notification.TestSupport.await;
import static dev.pygov.notification.TestSupport.notices;
import static dev.pygov.notification.TestSupport.publish;
import static dev.pygov.notification.TestSupport.tx;
import static org.assertj.core.api.Assertions.assertThat;

/** Reminders go, once, only to those who still have something to do, at the rulebook's hours before the deadline. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(SwitchableSmtpResource.class)
class RemindersTest {

    private static final String REMINDER = NoticeKind.DEADLINE_REMINDER.code();

    @Inject
    Reminders reminders;
    @Inject
    EntityManager entityManager;

    @Test
    void onlyThoseWhoHaveNotVotedAreRemindedAndOnlyOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "remind-" + run;
        String voted = "voted-" + run;
        String notVoted = "not-voted-" + run;
        String councillor = "councillor-" + run;
        for (String person : List.of(voted, notVoted, councillor)) {
            publish(Topics.MEMBERSHIP, key, "/membership-service", new PersonRegistered(person, person, person, person + "@example.org"));
        }
        publish(Topics.MEMBERSHIP, key, "/membership-service", new CommunityMemberJoined(voted, "pypa-project", null, Instant.now()));
        publish(Topics.MEMBERSHIP, key, "/membership-service", new CommunityMemberJoined(notVoted, "pypa-project", null, Instant.now()));
        String marker = "remind-marker-" + run;
        publish(Topics.MEMBERSHIP, key, "/membership-service", new PersonRegistered(marker, "M", "M", marker + "@example.org"));
        await("membership applied", () -> tx(() -> Recipient.findByIdOptional(marker).isPresent()));

        Instant now = Instant.now();
        Instant closes = now.plus(Duration.ofHours(72));
        String election = "election-" + run;
        String motion = "motion-" + run;
        String decidedMotion = "decided-motion-" + run;
        publish(Topics.ELECTION, key, "/election-service", new ElectionPhaseChanged(election, "council", "voting-open", now, closes, "ro1", 1));
        publish(Topics.ELECTION, key, "/election-service", new BallotParticipationRecorded(election, voted));
        publish(Topics.ELECTION, key, "/election-service", new MotionOpened(motion, "admission", "Admit", null, List.of(notVoted, councillor), closes));
        publish(Topics.ELECTION, key, "/election-service", new BallotParticipationRecorded(motion, councillor));
        publish(Topics.ELECTION, key, "/election-service", new MotionOpened(decidedMotion, "other", "Decided early", null, List.of(voted), closes));
        publish(Topics.ELECTION, key, "/election-service", new MotionDecided(decidedMotion, "other", null, true, 1, 0, 0, 0, "Passed.", 1));
        String electionMarker = "remind-election-marker-" + run;
        publish(Topics.ELECTION, key, "/election-service", new MotionOpened("m-" + run, "other", "Marker", null, List.of(electionMarker), closes));
        await("election events applied", () -> !notices(electionMarker).isEmpty());

        int hours = Rulebooks.seeded().notifications().reminderHoursBeforeDeadline().get(0);
        Instant due = closes.minus(Duration.ofHours(hours));
        reminders.sendDue(due.minusSeconds(60), 100_000);
        assertThat(remindedAbout(voted)).isEmpty();
        assertThat(remindedAbout(notVoted)).isEmpty();

        reminders.sendDue(due.plusSeconds(60), 100_000);
        reminders.sendDue(due.plusSeconds(120), 100_000); // as after a restart: nothing twice
        assertThat(remindedAbout(voted)).isEmpty();
        assertThat(remindedAbout(notVoted)).containsExactlyInAnyOrder(election, motion);
        assertThat(remindedAbout(councillor)).isEmpty();
        assertThat(reminderStatus(election, voted)).isEqualTo("NOT_NEEDED");
        assertThat(reminderStatus(election, notVoted)).isEqualTo("SENT");
        assertThat(reminderStatus(decidedMotion, voted)).isEqualTo("DUE");
        assertThat(TestSupport.mails(notVoted).stream().filter(m -> m.kind.equals(REMINDER)).count()).isEqualTo(2);
        // The deadline as people read it ("Wednesday 17 March 2027, 14:58 UTC"), not a raw instant.
        assertThat(TestSupport.mails(notVoted).stream().filter(m -> m.kind.equals(REMINDER)).map(m -> m.textBody))
                .allSatisfy(body -> assertThat(body).contains("closes at " + Dates.readable(closes)).doesNotContain(closes.toString()));
    }

    /** Which deadlines the person was reminded of, by the reminder notices' causes. */
    private List<String> remindedAbout(String personId) {
        return notices(personId, REMINDER).stream().map(n -> n.eventId.substring(0, n.eventId.lastIndexOf('/'))).toList();
    }

    private String reminderStatus(String subjectId, String personId) {
        return tx(() -> (String) entityManager.createNativeQuery(
                        "SELECT status FROM reminder WHERE subject_id = :s AND person_id = :p")
                .setParameter("s", subjectId).setParameter("p", personId).getSingleResult());
    }
}
