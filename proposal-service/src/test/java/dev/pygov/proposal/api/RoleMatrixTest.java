package dev.pygov.proposal.api;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.proposal.Fixtures;
import dev.pygov.proposal.domain.PageService;
import dev.pygov.proposal.domain.ResolutionService;
import dev.pygov.proposal.domain.Section;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.pygov.proposal.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every write, each on a fresh page so one refusal cannot hide another, plus public reading.
 * The expected statuses are the seed's access control table, enforced; nobody creates or edits an active policy
 * (422: only a Board resolution makes one), and no person resolves a proposal or asks the members for a vote or a
 * poll (no such endpoint: a passed Board resolution in election-service does it).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class RoleMatrixTest {

    @Inject
    PageService pages;
    @Inject
    ResolutionService resolutions;

    @Test
    void anonymousReadsEverythingAndWritesNothing() {
        String name = Fixtures.uniqueName("Public");
        Fixtures.discussion(pages, name);
        RestAssured.given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().statusCode(200);
        RestAssured.given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/history").then().statusCode(200);
        RestAssured.given().get("/pages").then().statusCode(200);
        assertThat(writes("anon-")).containsExactlyEntriesOf(expect(401, 401, 401, 401, 401, 404, 401, 401, 404, 404));
    }

    @Test
    @TestSecurity(user = "bea", roles = "basic-member")
    void aBasicMemberProposesAndEditsTheirOwnOnly() {
        assertThat(writes("basic-")).containsExactlyEntriesOf(expect(201, 200, 422, 422, 403, 404, 403, 403, 404, 404));
    }

    @Test
    @TestSecurity(user = "bea", roles = "voting-member")
    void aVotingMemberHasTheSameWritesAsABasicMember() {
        assertThat(writes("voting-")).containsExactlyEntriesOf(expect(201, 200, 422, 422, 403, 404, 403, 403, 404, 404));
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aDirectorWritesEveryOtherSectionButNotSomeoneElsesDiscussionPage() {
        assertThat(writes("director-")).containsExactlyEntriesOf(expect(201, 403, 422, 422, 200, 404, 200, 200, 404, 404));
    }

    @Test
    @TestSecurity(user = "otto", roles = "officer")
    void anOfficerHasTheSameWritesAsADirector() {
        assertThat(writes("officer-")).containsExactlyEntriesOf(expect(201, 403, 422, 422, 200, 404, 200, 200, 404, 404));
    }

    @Test
    @TestSecurity(user = "pat", roles = "packaging-member")
    void someoneWhoIsNotAPsfMemberWritesNothing() {
        assertThat(writes("outsider-")).containsExactlyEntriesOf(expect(403, 403, 403, 403, 403, 404, 403, 403, 404, 404));
    }

    private static Map<String, Integer> expect(int... statuses) {
        String[] actions = {"create for discussion", "edit a discussion page by bea", "create an active policy",
                "edit an active policy", "move to resolution", "resolve by the Board", "withdraw", "retire",
                "ask for a binding vote", "ask for a poll"};
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < actions.length; i++) {
            expected.put(actions[i], statuses[i]);
        }
        return expected;
    }

    /** Tries each write as the current caller; the fixtures are made by bea (a basic member) and dora (a director). */
    private Map<String, Integer> writes(String prefix) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        statuses.put("create for discussion", post("/pages", "{\"name\":\"" + Fixtures.uniqueName(prefix)
                + "\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"t\"}"));
        String beas = Fixtures.uniqueName(prefix);
        Fixtures.discussion(pages, beas);
        statuses.put("edit a discussion page by bea", RestAssured.given().contentType("application/json").body("{\"text\":\"edited\"}")
                .put(path(Section.PROPOSALS_FOR_DISCUSSION, beas)).statusCode());
        statuses.put("create an active policy", post("/pages", "{\"section\":\"ActivePolicies\",\"name\":\"" + Fixtures.uniqueName(prefix)
                + "\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"t\"}"));
        String policy = Fixtures.uniqueName(prefix);
        Fixtures.activePolicy(pages, resolutions, policy);
        statuses.put("edit an active policy", RestAssured.given().contentType("application/json").body("{\"text\":\"edited\"}")
                .put(path(Section.ACTIVE_POLICIES, policy)).statusCode());
        String toMove = Fixtures.uniqueName(prefix);
        Fixtures.discussion(pages, toMove);
        statuses.put("move to resolution", post(path(Section.PROPOSALS_FOR_DISCUSSION, toMove) + "/move",
                "{\"toSection\":\"ProposalsForResolution\",\"reason\":\"ready\"}"));
        String toResolve = Fixtures.uniqueName(prefix);
        Fixtures.forResolution(pages, resolutions, toResolve);
        statuses.put("resolve by the Board", post(path(Section.PROPOSALS_FOR_RESOLUTION, toResolve) + "/resolution",
                "{\"outcome\":\"FAVOURABLE\",\"reference\":\"RESOLVED 1\"}"));
        String toWithdraw = Fixtures.uniqueName(prefix);
        Fixtures.discussion(pages, toWithdraw);
        statuses.put("withdraw", post(path(Section.PROPOSALS_FOR_DISCUSSION, toWithdraw) + "/withdrawal", "{\"reason\":\"withdrawn\"}"));
        String toRetire = Fixtures.uniqueName(prefix);
        Fixtures.activePolicy(pages, resolutions, toRetire);
        statuses.put("retire", post(path(Section.ACTIVE_POLICIES, toRetire) + "/retirement", "{\"reason\":\"old\"}"));
        String toVote = Fixtures.uniqueName(prefix);
        Fixtures.forResolution(pages, resolutions, toVote);
        statuses.put("ask for a binding vote", post(path(Section.PROPOSALS_FOR_RESOLUTION, toVote) + "/vote-requests",
                "{\"binding\":true,\"question\":\"Adopt?\"}"));
        String toPoll = Fixtures.uniqueName(prefix);
        Fixtures.discussion(pages, toPoll);
        statuses.put("ask for a poll", post(path(Section.PROPOSALS_FOR_DISCUSSION, toPoll) + "/vote-requests",
                "{\"binding\":false,\"question\":\"Opinions?\"}"));
        return statuses;
    }

    private static int post(String path, String body) {
        return RestAssured.given().contentType("application/json").body(body).post(path).statusCode();
    }
}
