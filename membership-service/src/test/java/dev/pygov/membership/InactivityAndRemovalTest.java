package dev.pygov.membership;

import dev.pygov.commons.security.Roles;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.election.BallotParticipationRecorded;
import dev.pygov.events.election.ElectionCertified;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.election.MotionDecided;
import dev.pygov.events.membership.CommunityStatusChanged;
import dev.pygov.events.membership.RoleChanged;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.membership.domain.CommunityMember;
import dev.pygov.membership.domain.ResumptionRequest;
import dev.pygov.membership.domain.RosterService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class InactivityAndRemovalTest {

    private static final String SLEEPER = "sleeper";

    @Inject
    Fixtures fixtures;

    @Inject
    RosterService roster;

    @Test
    @TestSecurity(user = SLEEPER, roles = Roles.BASIC_MEMBER)
    void missingTwoConsecutiveCouncilElectionsMakesAMemberInactiveUntilTheyAskInWritingToResume() {
        fixtures.memberNamed(SLEEPER);
        String voter = fixtures.member("voter");
        String onceMissed = fixtures.member("once");

        String first = election(List.of(voter));           // sleeper and onceMissed miss it
        awaitEvaluated(first);
        assertThat(status(SLEEPER)).isEqualTo("active");
        String second = election(List.of(voter, onceMissed)); // sleeper misses again; onceMissed is back to zero
        awaitEvaluated(second);

        assertThat(status(SLEEPER)).isEqualTo("inactive");
        assertThat(status(onceMissed)).isEqualTo("active");
        assertThat(status(voter)).isEqualTo("active");
        CommunityStatusChanged inactive = Fixtures.awaitMembershipEvents(CommunityStatusChanged.class, SLEEPER, 1).get(0);
        assertThat(inactive.status()).isEqualTo("inactive");
        assertThat(inactive.reason()).contains("missed 2 consecutive council elections");
        assertThat(Fixtures.awaitMembershipEvents(RoleChanged.class, SLEEPER, 2))
                .anySatisfy(r -> {
                    assertThat(r.role()).isEqualTo(Roles.PACKAGING_MEMBER);
                    assertThat(r.held()).isFalse();
                });
        given().get("/people/me/roles").then().body("roles", hasSize(0));

        given().contentType("application/json").body("{\"text\":\"  \"}").post("/roster/me/resumption-requests")
                .then().statusCode(400).body("field", equalTo("text"));
        assertThat(status(SLEEPER)).isEqualTo("inactive");
        given().contentType("application/json").body("{\"text\":\"I will take part in the next council election.\"}")
                .post("/roster/me/resumption-requests").then().statusCode(201)
                .body("text", equalTo("I will take part in the next council election."));
        assertThat(status(SLEEPER)).isEqualTo("active");
        ResumptionRequest kept = Fixtures.tx(() -> ResumptionRequest.of(SLEEPER).get(0));
        assertThat(kept.requestedAt).isNotNull();
        given().contentType("application/json").body("{\"text\":\"again\"}").post("/roster/me/resumption-requests")
                .then().statusCode(409).body("field", equalTo("status"));
        given().get("/roster/" + SLEEPER + "/history").then()
                .body("status", equalTo(List.of("active", "inactive", "active")));
    }

    @Test
    void aRedeliveredCertificationCountsOnce() {
        String member = fixtures.member("redelivered");
        String electionId = "council-" + UUID.randomUUID();
        Fixtures.sendElectionEvent(new ElectionPhaseChanged(electionId, "council", "voting-open", Instant.now(), null, "ro1", 1));
        var event = Fixtures.sendElectionEvent(new ElectionCertified(electionId, "council", List.of(), 1, Instant.now()));
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, electionId, EventCodec.write(event));
        Fixtures.sendElectionEvent(new ElectionPhaseChanged(electionId, "council", "certified", Instant.now(), null, "ro1", 1));
        // Same key, so same partition: once this later event is applied, every copy above was too.
        var marker = Fixtures.sendElectionEvent(new ElectionPhaseChanged(electionId, "council", "archived", Instant.now(), null, "ro1", 1));
        Fixtures.awaitTrue("the marker is consumed", () -> !CommunityMember.getEntityManager()
                .createNativeQuery("SELECT 1 FROM processed_event WHERE ce_id = ?1").setParameter(1, marker.id()).getResultList().isEmpty());

        assertThat(Fixtures.tx(() -> CommunityMember.<CommunityMember>findById(member).missedElections)).isEqualTo(1);
        assertThat(status(member)).isEqualTo("active");
    }

    @Test
    void aPassedCouncilRemovalVoteRemovesTheMemberWithAnEvent() {
        String member = fixtures.member("removed");
        String kept = fixtures.member("kept");
        Fixtures.sendElectionEvent(new MotionDecided("motion-" + UUID.randomUUID(), "remove-community-member", kept, false,
                3, 2, 0, 0, "3 of 5: below two thirds", 1));
        String voteId = "motion-" + UUID.randomUUID();
        Fixtures.sendElectionEvent(new MotionDecided(voteId, "remove-community-member", member, true, 4, 1, 0, 0, "4 of 5", 1));
        Fixtures.awaitTrue("the member is removed", () -> "removed".equals(CommunityMember.<CommunityMember>findById(member).status));

        assertThat(status(kept)).isEqualTo("active");
        CommunityStatusChanged removed = Fixtures.awaitMembershipEvents(CommunityStatusChanged.class, member, 1).get(0);
        assertThat(removed.status()).isEqualTo("removed");
        assertThat(removed.reason()).isEqualTo("removed by council vote " + voteId);
        given().queryParam("status", "removed").queryParam("size", 200).get("/roster").then()
                .body("items.find { it.personId == '" + member + "' }.status", equalTo("removed"));
    }

    @Test
    @TestSecurity(user = "not-on-roster", roles = Roles.BASIC_MEMBER)
    void someoneNotOnTheRosterHasNothingToResume() {
        given().contentType("application/json").body("{\"text\":\"let me in\"}").post("/roster/me/resumption-requests")
                .then().statusCode(404).body("field", equalTo("personId"));
    }

    @Test
    @TestSecurity(user = "officer1", roles = Roles.OFFICER)
    void anOfficerReadsResumptionRequests() {
        String member = fixtures.member("reader");
        given().get("/roster/" + member + "/resumption-requests").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anonymousCallersMayNotResume() {
        given().contentType("application/json").body("{\"text\":\"x\"}").post("/roster/me/resumption-requests").then().statusCode(401);
    }

    /** Runs a council election over Kafka as election-service reports it: voting opens, ballots are cast, it is certified. */
    private static String election(List<String> participants) {
        String electionId = "council-" + UUID.randomUUID();
        Fixtures.sendElectionEvent(new ElectionPhaseChanged(electionId, "council", "voting-open", Instant.now(), null, "ro1", 1));
        participants.forEach(p -> Fixtures.sendElectionEvent(new BallotParticipationRecorded(electionId, p)));
        Fixtures.sendElectionEvent(new ElectionCertified(electionId, "council", List.of(), 1, Instant.now()));
        return electionId;
    }

    private static void awaitEvaluated(String electionId) {
        Fixtures.awaitTrue("election " + electionId + " is evaluated", () -> !dev.pygov.membership.domain.CommunityMember.getEntityManager()
                .createNativeQuery("SELECT 1 FROM council_election WHERE id = ?1 AND evaluated_at IS NOT NULL")
                .setParameter(1, electionId).getResultList().isEmpty());
    }

    private static String status(String personId) {
        return Fixtures.tx(() -> CommunityMember.<CommunityMember>findById(personId).status);
    }
}
