package dev.pygov.membership;

import dev.pygov.commons.security.Roles;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.membership.AdmissionCalled;
import dev.pygov.events.membership.AdmissionVoteRequested;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.membership.domain.AdmissionCall;
import dev.pygov.membership.domain.AdmissionService;
import dev.pygov.membership.domain.CommunityMember;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AdmissionTest {

    private static final String SECONDER = "admission-seconder";
    private static final String CALLER = "admission-caller";

    @Inject
    Fixtures fixtures;

    @Inject
    AdmissionService admissions;

    @Test
    @TestSecurity(user = SECONDER, roles = Roles.PACKAGING_MEMBER)
    void aSecondedCallRequestsTheVoteAndThePassedVoteAdmitsTheCandidate() {
        fixtures.memberNamed(SECONDER);
        String caller = fixtures.member("caller");
        String candidate = fixtures.person("candidate");
        AdmissionCall call = Fixtures.tx(() -> admissions.call(candidate, caller, "https://discuss.python.org/t/1", Instant.now()));

        given().contentType("application/json").post("/admission-calls/" + call.id + "/seconds").then().statusCode(200)
                .body("status", equalTo("voting")).body("secondedBy", equalTo(SECONDER));
        AdmissionVoteRequested requested = Fixtures.awaitMembershipEvents(AdmissionVoteRequested.class, call.id.toString(), 1).get(0);
        assertThat(requested.candidatePersonId()).isEqualTo(candidate);
        assertThat(requested.calledBy()).isEqualTo(caller);
        assertThat(requested.secondedBy()).isEqualTo(SECONDER);

        Fixtures.sendElectionEvent(new VoteDecided("vote-" + call.id, "admission", call.id.toString(), true, true,
                12, 3, 1, 20, "12 for, 3 against; quorum met", 1));
        Fixtures.awaitTrue("the candidate is admitted", () -> CommunityMember.findByIdOptional(candidate).isPresent());

        CommunityMemberJoined joined = Fixtures.awaitMembershipEvents(CommunityMemberJoined.class, candidate, 1).get(0);
        assertThat(joined.joinSource()).isEqualTo("admitted-by-vote");
        given().get("/admission-calls/" + call.id).then().statusCode(200)
                .body("status", equalTo("admitted")).body("voteId", equalTo("vote-" + call.id));
        given().get("/roster/" + candidate + "/history").then().statusCode(200)
                .body("[0].reason", equalTo("admitted by community vote vote-" + call.id));
    }

    @Test
    void aRejectedVoteIsRecordedAndAdmitsNobodyEvenWhenRedelivered() {
        String caller = fixtures.member("caller");
        String seconder = fixtures.member("seconder");
        String candidate = fixtures.person("rejected");
        AdmissionCall call = Fixtures.tx(() -> admissions.call(candidate, caller, null, Instant.now()));
        Fixtures.tx(() -> admissions.second(call.id, seconder, Instant.now()));

        var decided = new VoteDecided("vote-" + call.id, "admission", call.id.toString(), false, true, 3, 12, 0, 20, "3 for, 12 against", 1);
        Fixtures.sendElectionEvent(decided);
        Fixtures.sendElectionEvent(decided);
        Fixtures.awaitTrue("the rejection is recorded",
                () -> "rejected".equals(AdmissionCall.<AdmissionCall>findById(call.id).status));
        assertThat(Fixtures.tx(() -> CommunityMember.findByIdOptional(candidate).isPresent())).isFalse();
        given().get("/admission-calls/" + call.id).then().body("outcomeExplanation", equalTo("3 for, 12 against"));
    }

    @Test
    @TestSecurity(user = CALLER, roles = Roles.PACKAGING_MEMBER)
    void aMemberCallsPubliclyButCannotSecondTheirOwnCall() {
        fixtures.memberNamed(CALLER);
        String candidate = fixtures.person("called");
        String id = given().contentType("application/json")
                .body("{\"candidatePersonId\":\"" + candidate + "\",\"channelUrl\":\"https://discuss.python.org/t/2\"}")
                .post("/admission-calls").then().statusCode(201)
                .body("status", equalTo("awaiting-second")).body("calledBy", equalTo(CALLER)).body("rulebookVersion", equalTo(1))
                .extract().path("id");
        AdmissionCall call = Fixtures.tx(() -> AdmissionCall.<AdmissionCall>findById(UUID.fromString(id)));
        assertThat(Duration.between(call.calledAt, call.secondingDeadline)).isEqualTo(Duration.ofDays(14));
        AdmissionCalled announced = Fixtures.awaitMembershipEvents(AdmissionCalled.class, id, 1).get(0);
        assertThat(announced).usingRecursiveComparison().ignoringFields("secondDeadline").isEqualTo(new AdmissionCalled(id,
                candidate, "Person " + candidate, CALLER, "https://discuss.python.org/t/2", null));
        assertThat(Duration.between(announced.secondDeadline(), call.secondingDeadline).abs()).isLessThan(Duration.ofMillis(1));

        given().contentType("application/json").post("/admission-calls/" + id + "/seconds").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pygov.dev/problems/own-call")).body("field", equalTo("secondedBy"));
        given().get("/admission-calls/" + id).then().body("status", equalTo("awaiting-second")).body("secondedBy", equalTo(null));

        given().contentType("application/json").body("{\"candidatePersonId\":\"" + candidate + "\"}")
                .post("/admission-calls").then().statusCode(409).body("field", equalTo("candidatePersonId"));
        given().contentType("application/json").body("{\"candidatePersonId\":\"ghost-" + candidate + "\"}")
                .post("/admission-calls").then().statusCode(404).body("field", equalTo("candidatePersonId"));
        given().contentType("application/json").body("{\"candidatePersonId\":\"" + fixtures.member("already") + "\"}")
                .post("/admission-calls").then().statusCode(409).body("field", equalTo("candidatePersonId"));
        given().contentType("application/json").post("/admission-calls/" + UUID.randomUUID() + "/seconds").then().statusCode(404)
                .body("field", equalTo("callId"));
    }

    @Test
    @TestSecurity(user = SECONDER, roles = Roles.PACKAGING_MEMBER)
    void aSecondAfterTheWindowIsRefusedAndTheCallLapses() {
        fixtures.memberNamed(SECONDER);
        String caller = fixtures.member("caller");
        String candidate = fixtures.person("late");
        Instant fifteenDaysAgo = Instant.now().minus(Duration.ofDays(15));
        AdmissionCall call = Fixtures.tx(() -> admissions.call(candidate, caller, null, fifteenDaysAgo));

        given().contentType("application/json").post("/admission-calls/" + call.id + "/seconds").then().statusCode(422)
                .body("type", equalTo("https://pygov.dev/problems/seconding-window-closed")).body("field", equalTo("secondedAt"));
        given().get("/admission-calls/" + call.id).then().body("status", equalTo("awaiting-second"));

        assertThat(Fixtures.tx(() -> admissions.lapseUnseconded(Instant.now()))).isGreaterThanOrEqualTo(1);
        given().get("/admission-calls/" + call.id).then().body("status", equalTo("lapsed"));
        given().queryParam("status", "lapsed").get("/admission-calls").then().statusCode(200)
                .body("find { it.id == '" + call.id + "' }.candidatePersonId", equalTo(candidate));
        given().contentType("application/json").post("/admission-calls/" + call.id + "/seconds").then().statusCode(409)
                .body("field", equalTo("callId"));
    }

    @Test
    @TestSecurity(user = "holds-role-but-not-on-roster", roles = Roles.PACKAGING_MEMBER)
    void aCallerNotOnTheRosterIsRefusedWhateverTheirToken() {
        String candidate = fixtures.person("via-stale-token");
        given().contentType("application/json").body("{\"candidatePersonId\":\"" + candidate + "\"}")
                .post("/admission-calls").then().statusCode(403)
                .body("type", equalTo("https://pygov.dev/problems/not-an-active-community-member"));
    }

    @Test
    @TestSecurity(user = "psf-voter", roles = {Roles.BASIC_MEMBER, Roles.VOTING_MEMBER})
    void nonCommunityMembersMayNotCallOrSecond() {
        given().contentType("application/json").body("{\"candidatePersonId\":\"x\"}").post("/admission-calls").then().statusCode(403);
        given().contentType("application/json").post("/admission-calls/" + UUID.randomUUID() + "/seconds").then().statusCode(403);
    }

    @Test
    void callsArePublicButAnonymousCallersMayNotCallOrSecond() {
        given().get("/admission-calls").then().statusCode(200);
        given().contentType("application/json").body("{\"candidatePersonId\":\"x\"}").post("/admission-calls").then().statusCode(401);
        given().contentType("application/json").post("/admission-calls/" + UUID.randomUUID() + "/seconds").then().statusCode(401);
        given().queryParam("status", "pending-forever").get("/admission-calls").then().statusCode(400).body("field", equalTo("status"));
    }
}
