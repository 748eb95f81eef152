package dev.pygov.notification;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.election.MotionOpened;
import dev.pygov.events.election.VoteCallChanged;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.election.VoteOpened;
import dev.pygov.events.membership.AdmissionCalled;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.events.membership.CommunityStatusChanged;
import dev.pygov.events.membership.MembershipClassChanged;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.events.proposal.ProposalMoved;
import dev.pygov.notification.domain.Channel;
import dev.pygov.notification.domain.MailMessage;
import dev.pygov.notification.domain.Notice;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Follows;
import dev.pygov.notification.domain.Preferences;
import dev.pygov.notification.domain.Recipient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.pygov.notification.TestSupport.await;
import static dev.pygov.notification.TestSupport.notices;
import static dev.pygov.notification.TestSupport.publish;
import static dev.pygov.notification.TestSupport.publishRaw;
import static dev.pygov.notification.TestSupport.tx;
import static org.assertj.core.api.Assertions.assertThat;

/** The right people, and only they, get each kind of notice, once, however often the event is delivered. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(SwitchableSmtpResource.class)
class WhoIsToldTest {

    private static final String MEMBERSHIP = "/membership-service";
    private static final String ELECTION = "/election-service";

    @Inject
    Preferences preferences;
    @Inject
    Follows follows;

    @Test
    void votersCouncillorsAuthorsAndSubscribersAreEachToldOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String psfVoter = "psf-" + run;
        String community = "community-" + run;
        String outsider = "outsider-" + run;
        String removed = "removed-" + run;
        String key = "who-" + run;
        for (String person : List.of(psfVoter, community, outsider, removed)) {
            publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new PersonRegistered(person, person, person, person + "@example.org"));
        }
        publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new MembershipClassChanged(psfVoter, "supporting", true, LocalDate.now(), null));
        publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new MembershipClassChanged(outsider, "basic", false, LocalDate.now(), null));
        publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new CommunityMemberJoined(psfVoter, "pypa-project", null, Instant.now()));
        publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new CommunityMemberJoined(community, "pypa-project", null, Instant.now()));
        publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new CommunityMemberJoined(removed, "pypa-project", null, Instant.now()));
        publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new CommunityStatusChanged(removed, "removed", "community vote", Instant.now()));
        String membershipMarker = "marker-" + run;
        publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new PersonRegistered(membershipMarker, "M", "M", membershipMarker + "@example.org"));
        await("membership events applied", () -> tx(() -> Recipient.findByIdOptional(membershipMarker).isPresent()));
        tx(() -> {
            preferences.set(psfVoter, NoticeKind.RESULTS_PUBLISHED, Channel.EMAIL, false);
            return null;
        });

        Instant closes = Instant.now().plus(Duration.ofDays(14));
        String memberVote = publish(Topics.ELECTION, key, ELECTION,
                new VoteOpened("vote-" + run, "member-vote", "proposal-" + run, "Adopt the policy?", 1, closes, 1));
        publishRaw(Topics.ELECTION, key, memberVote); // redelivered
        String election = publish(Topics.ELECTION, key, ELECTION,
                new ElectionPhaseChanged("election-" + run, "council", "voting-open", Instant.now(), closes, "ro1", 1));
        String motion = publish(Topics.ELECTION, key, ELECTION,
                new MotionOpened("motion-" + run, "admission", "Admit someone", null, List.of(community, outsider, outsider), closes));
        publishRaw(Topics.ELECTION, key, motion); // redelivered
        String decided = publish(Topics.ELECTION, key, ELECTION,
                new VoteDecided("vote-" + run, "member-vote", "proposal-" + run, true, true, 1, 0, 0, 1, "Adopted.", 1));
        String nominations = publish(Topics.ELECTION, key, ELECTION,
                new ElectionPhaseChanged("cohort-" + run, "cohort", "nominations-open", Instant.now(), closes, "ro1", 1));
        String call = publish(Topics.ELECTION, key, ELECTION, new VoteCallChanged("call-" + run, "no-confidence", "council",
                "called", community, null, closes, null, Instant.now()));
        publishRaw(Topics.ELECTION, key, call); // redelivered
        String seconded = publish(Topics.ELECTION, key, ELECTION, new VoteCallChanged("call-" + run, "no-confidence", "council",
                "seconded", community, psfVoter, closes, "vote-nc-" + run, Instant.now()));
        String admissionCall = publish(Topics.MEMBERSHIP, key, MEMBERSHIP, new AdmissionCalled("admit-" + run, outsider, "Outsider",
                community, "https://discuss.python.org/t/admit", closes));
        String electionMarker = "election-marker-" + run;
        publish(Topics.ELECTION, key, ELECTION, new MotionOpened("m-" + run, "other", "Marker", null, List.of(electionMarker), closes));
        await("election events applied", () -> !notices(electionMarker).isEmpty());

        assertThat(told(memberVote)).containsExactly(psfVoter);
        // the whole active community (other tests' people too, the database is shared), without the others
        assertThat(told(election)).contains(psfVoter, community).doesNotContain(outsider, removed).doesNotHaveDuplicates();
        assertThat(told(motion)).containsExactlyInAnyOrder(community, outsider);
        assertThat(told(nominations)).contains(psfVoter, community).doesNotContain(outsider, removed).doesNotHaveDuplicates();
        // everyone who could second it, but not the caller
        assertThat(told(call)).contains(psfVoter).doesNotContain(community, outsider, removed).doesNotHaveDuplicates();
        assertThat(told(seconded)).isEmpty();
        assertThat(told(admissionCall)).contains(psfVoter).doesNotContain(community, outsider, removed).doesNotHaveDuplicates();
        assertThat(told(decided)).containsExactly(psfVoter);
        assertThat(notices(psfVoter, NoticeKind.VOTING_OPENED.code())).hasSize(2);
        assertThat(mailsAbout(psfVoter, memberVote)).isEqualTo(1);
        assertThat(mailsAbout(outsider, motion)).isEqualTo(1);

        tx(() -> {
            follows.follow(psfVoter, "proposal-" + run);
            follows.follow(outsider, "proposal-" + run); // an author who also follows is told once
            return null;
        });
        String moved = publish(Topics.PROPOSAL, key, "/proposal-service", new ProposalMoved("proposal-" + run,
                "/ProposalsForDiscussion/x", "/ProposalsForResolution/x", "ProposalsForResolution", "board", "ready", List.of(outsider, outsider)));
        publishRaw(Topics.PROPOSAL, key, moved); // redelivered
        String proposalMarker = "proposal-marker-" + run;
        publish(Topics.PROPOSAL, key, "/proposal-service", new ProposalMoved("p-" + run, "/a", "/b", "ArchivedProposals", "board", null,
                List.of(proposalMarker)));
        await("proposal events applied", () -> !notices(proposalMarker).isEmpty());
        assertThat(told(moved)).containsExactlyInAnyOrder(outsider, psfVoter);
    }

    @Test
    void aPoisonedEventIsDeadLetteredWithItsReasonAndDoesNotBlockTheNextOne() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "poison-" + run;
        String good = EventCodec.write(EventCodec.wrap(ELECTION,
                new VoteOpened("poison-vote-" + run, "member-vote", "s", "Q?", 1, Instant.now().plus(Duration.ofDays(1)), 1), Instant.now()));
        String poisoned = good.replace("poison-vote-" + run, "poisoned-" + run)
                .replaceFirst("\"closesAt\":\"[^\"]+\"", "\"closesAt\":\"next tuesday\"")
                .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"poisoned-" + run + "\"");
        publishRaw(Topics.ELECTION, key, poisoned);
        String after = "after-poison-" + run;
        publish(Topics.ELECTION, key, ELECTION, new MotionOpened("after-" + run, "other", "After", null, List.of(after), Instant.now().plus(Duration.ofDays(1))));

        await("the event after the poisoned one is applied", () -> !notices(after).isEmpty());
        // Retried a bounded number of times, then recorded with the reason (GET /admin/dead-letters), applied never.
        List<String> reasons = tx(() -> Notice.getEntityManager().createNativeQuery(
                "SELECT reason FROM dead_letter WHERE ce_id = :id", String.class).setParameter("id", "poisoned-" + run).getResultList());
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0)).contains("no valid VoteOpened").contains("failed 3 times");
    }

    private static List<String> told(String eventJson) {
        String id = EventCodec.read(eventJson).id();
        return tx(() -> Notice.<Notice>list("eventId = ?1", id).stream().map(n -> n.personId).toList());
    }

    private static long mailsAbout(String personId, String eventJson) {
        String id = EventCodec.read(eventJson).id();
        return tx(() -> MailMessage.count("personId = ?1 AND noticeId IN (SELECT n.id FROM Notice n WHERE n.eventId = ?2)", personId, id));
    }
}
