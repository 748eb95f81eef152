package dev.pygov.proposal.api;

import dev.pygov.commons.outbox.OutboxRelay;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.election.BoardResolutionDecided;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.proposal.MemberVoteRequested;
import dev.pygov.events.proposal.ProposalResolved;
import dev.pygov.events.proposal.ProposalRevised;
import dev.pygov.proposal.Fixtures;
import dev.pygov.proposal.domain.Kind;
import dev.pygov.proposal.domain.PageService;
import dev.pygov.proposal.domain.ResolutionService;
import dev.pygov.proposal.domain.Section;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static dev.pygov.proposal.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The seed's whole lifecycle against the real PostgreSQL and Kafka, with election-service played by the test. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class LifecycleTest {

    @Inject
    PageService pages;
    @Inject
    ResolutionService resolutions;
    @Inject
    OutboxRelay relay;

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void proposeResolveByMemberVoteActivateAmendRetireAndEveryOldPathRedirects() {
        String name = Fixtures.uniqueName("StrategicDecisionMaking");
        var proposal = Fixtures.discussion(pages, name);

        given().contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"ready for resolution\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, name) + "/move").then().statusCode(200);
        // The Board's passed resolution asks the voting members for a binding vote on revision 1.
        String asking = Fixtures.boardDecides(resolutions, boardAsks(proposal.id, "member-vote", "Adopt the strategic decision making process?", null));
        String requestId = given().get(path(Section.PROPOSALS_FOR_RESOLUTION, name)).then().statusCode(200)
                .body("votes[0].binding", equalTo(true)).body("votes[0].decidedAt", nullValue())
                .body("votes[0].requestedBy", equalTo(asking)).body("votes[0].revision", equalTo(1))
                .extract().path("votes[0].requestId");

        relay.relayPending();
        MemberVoteRequested asked = EventCodec.data(onlyEvent(Topics.PROPOSAL, proposal.id, "member-vote-requested"), MemberVoteRequested.class);
        assertThat(asked).isEqualTo(new MemberVoteRequested(proposal.id, requestId, true,
                "Adopt the strategic decision making process?", List.of(), asking));
        // While the members vote, the text is frozen and a Board resolution cannot resolve it instead.
        given().contentType("application/json").body("{\"text\":\"changed under the vote\"}")
                .put(path(Section.PROPOSALS_FOR_RESOLUTION, name)).then().statusCode(409).body("field", equalTo("text"));
        Fixtures.boardDecides(resolutions, proposal.id, "unfavourable", 1);
        given().get(path(Section.PROPOSALS_FOR_RESOLUTION, name)).then().statusCode(200).body("resolution", nullValue());

        String voteId = "vote-" + UUID.randomUUID();
        String decided = EventCodec.write(EventCodec.wrap("/election-service",
                new VoteDecided(voteId, "psf-binding-member-vote", requestId, true, true, 30, 10, 2, 120, "30 of 40 non-abstaining votes in favour", 1),
                Instant.now()));
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, voteId, decided);
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, voteId, decided);

        JsonPath active = awaitPage(proposal.id, p -> "ActivePolicies".equals(p.getString("section")));
        assertThat(active.getString("resolution.outcome")).isEqualTo("FAVOURABLE");
        assertThat(active.getString("resolution.method")).isEqualTo("MEMBER_VOTE");
        assertThat(active.getString("resolution.reference")).isEqualTo(voteId);
        assertThat(active.getInt("resolution.rulebookVersion")).isEqualTo(1);
        assertThat(active.getList("votes")).hasSize(1);
        assertThat(active.getInt("votes[0].yes")).isEqualTo(30);
        assertThat(active.getBoolean("votes[0].passed")).isTrue();

        // An amendment, resolved by the Board, becomes the policy's next revision and is archived.
        String amendmentName = Fixtures.uniqueName("Amendment");
        var amendment = pages.create(Fixtures.BEA_BASIC, new PageService.NewPage(null, amendmentName, "Tighten the process",
                Kind.AMENDMENT, "PythonSoftwareFoundation/ActivePolicies/" + name, "amended policy text\nwith a new rule", "draft"));
        resolutions.moveByHand(Fixtures.DORA_DIRECTOR, amendment.id, Section.PROPOSALS_FOR_RESOLUTION, null, "ready");
        Fixtures.boardDecides(resolutions, amendment.id, "favourable", 1);
        given().get("/pages/" + amendment.id).then().statusCode(308);
        given().get(path(Section.ARCHIVED_PROPOSALS, amendmentName)).then().statusCode(200)
                .body("resolution.method", equalTo("BOARD_RESOLUTION"))
                .body("resolution.resolvedBy", equalTo("pygov:board-vote"))
                .body("resolution.revision", equalTo(1));
        given().get(path(Section.ACTIVE_POLICIES, name)).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("text", equalTo("amended policy text\nwith a new rule"))
                .body("title", equalTo(proposal.title));
        given().get(path(Section.ACTIVE_POLICIES, name) + "/revisions/2").then().statusCode(200)
                .body("amendedBy", equalTo("PythonSoftwareFoundation/ArchivedProposals/" + amendmentName))
                .body("authorId", equalTo("pygov:board-vote"));

        given().contentType("application/json").body("{\"reason\":\"superseded by the 2027 process\"}")
                .post(path(Section.ACTIVE_POLICIES, name) + "/retirement").then().statusCode(200)
                .body("to", equalTo("PythonSoftwareFoundation/RetiredPolicies/" + name));

        for (Section old : List.of(Section.PROPOSALS_FOR_DISCUSSION, Section.PROPOSALS_FOR_RESOLUTION, Section.ACTIVE_POLICIES)) {
            given().get(path(old, name)).then().statusCode(308).header("Location", endsWith(path(Section.RETIRED_POLICIES, name)));
        }
        for (Section old : List.of(Section.PROPOSALS_FOR_DISCUSSION, Section.PROPOSALS_FOR_RESOLUTION)) {
            given().get(path(old, amendmentName)).then().statusCode(308)
                    .header("Location", endsWith(path(Section.ARCHIVED_PROPOSALS, amendmentName)));
        }

        relay.relayPending();
        ProposalResolved resolved = EventCodec.data(onlyEvent(Topics.PROPOSAL, proposal.id, "proposal-resolved"), ProposalResolved.class);
        assertThat(resolved).isEqualTo(new ProposalResolved(proposal.id, true, "member-vote", "pygov:member-vote", voteId, 1));
        List<ConsumerRecord<String, String>> revised = TopicReader.await(KafkaResource.bootstrapServers(), Topics.PROPOSAL,
                r -> proposal.id.equals(r.key()) && r.value().contains("proposal-revised"), 2, Duration.ofSeconds(20));
        assertThat(revised).hasSize(2);
        assertThat(EventCodec.data(EventCodec.read(revised.get(1).value()), ProposalRevised.class).amendedByProposalId())
                .isEqualTo(amendment.id);
        List<ConsumerRecord<String, String>> moved = TopicReader.await(KafkaResource.bootstrapServers(), Topics.PROPOSAL,
                r -> proposal.id.equals(r.key()) && r.value().contains("proposal-moved"), 3, Duration.ofSeconds(20));
        assertThat(moved).hasSize(3);
    }

    @Test
    @TestSecurity(user = "otto", roles = "officer")
    void aFailedBindingVoteArchivesTheProposal() {
        String name = Fixtures.uniqueName("Rejected");
        var proposal = Fixtures.forResolution(pages, resolutions, name);
        Fixtures.boardDecides(resolutions, boardAsks(proposal.id, "member-vote", "Adopt?", null));
        sendDecided(proposal.id, false, 5, 40);

        JsonPath archived = awaitPage(proposal.id, p -> "ArchivedProposals".equals(p.getString("section")));
        assertThat(archived.getString("resolution.outcome")).isEqualTo("UNFAVOURABLE");
        assertThat(archived.getInt("votes[0].no")).isEqualTo(40);
    }

    @Test
    @TestSecurity(user = "otto", roles = "officer")
    void aPollShowsItsResultButNeverMovesAnything() {
        String name = Fixtures.uniqueName("Polled");
        var proposal = Fixtures.discussion(pages, name);
        Fixtures.boardDecides(resolutions, boardAsks(proposal.id, "poll", "Should the PSF do this?", null));
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().body("votes[0].binding", equalTo(false));
        // election-service may name the proposal rather than the request: the open poll on it gets the result.
        sendDecided(proposal.id, true, 70, 3);

        JsonPath polled = awaitPage(proposal.id, p -> p.get("votes[0].decidedAt") != null);
        assertThat(polled.getString("section")).isEqualTo("ProposalsForDiscussion");
        assertThat(polled.getString("resolution")).isNull();
        assertThat(polled.getBoolean("votes[0].binding")).isFalse();
        assertThat(polled.getInt("votes[0].yes")).isEqualTo(70);
        relay.relayPending();
        MemberVoteRequested asked = EventCodec.data(onlyEvent(Topics.PROPOSAL, proposal.id, "member-vote-requested"), MemberVoteRequested.class);
        assertThat(asked.binding()).isFalse();
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aResolutionAskingForABindingVoteOfADiscussionPageOrAPollOfAPolicyAsksNothing() {
        String name = Fixtures.uniqueName("Early");
        var early = Fixtures.discussion(pages, name);
        Fixtures.boardDecides(resolutions, boardAsks(early.id, "member-vote", "Adopt?", null));
        String policy = Fixtures.uniqueName("Settled");
        var settled = Fixtures.activePolicy(pages, resolutions, policy);
        Fixtures.boardDecides(resolutions, boardAsks(settled.id, "poll", "Like it?", null));
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().body("votes", org.hamcrest.Matchers.empty());
        given().get(path(Section.ACTIVE_POLICIES, policy)).then().body("votes", org.hamcrest.Matchers.empty());
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void oneDirectorAloneCannotResolveAProposalAskTheMembersOrWriteAPolicy() {
        String name = Fixtures.uniqueName("Alone");
        var proposal = Fixtures.forResolution(pages, resolutions, name);
        given().contentType("application/json").body("{\"outcome\":\"FAVOURABLE\",\"reference\":\"RESOLVED 1\"}")
                .post(path(Section.PROPOSALS_FOR_RESOLUTION, name) + "/resolution").then().statusCode(404);
        given().contentType("application/json").body("{\"binding\":true,\"question\":\"Adopt?\"}")
                .post(path(Section.PROPOSALS_FOR_RESOLUTION, name) + "/vote-requests").then().statusCode(404);
        given().contentType("application/json").body("{\"binding\":false,\"question\":\"Opinions?\"}")
                .post(path(Section.PROPOSALS_FOR_RESOLUTION, name) + "/vote-requests").then().statusCode(404);
        given().contentType("application/json")
                .body("{\"section\":\"ActivePolicies\",\"name\":\"" + name + "P\",\"title\":\"T\",\"kind\":\"STRATEGIC_PROPOSAL\",\"text\":\"t\"}")
                .post("/pages").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://pygov.dev/problems/section-by-resolution-only")).body("field", equalTo("section"));
        given().get(path(Section.ACTIVE_POLICIES, name + "P")).then().statusCode(404);
        given().get(path(Section.PROPOSALS_FOR_RESOLUTION, name)).then().statusCode(200)
                .body("resolution", nullValue()).body("votes", org.hamcrest.Matchers.empty());
        String policy = Fixtures.uniqueName("Policy");
        Fixtures.activePolicy(pages, resolutions, policy);
        given().contentType("application/json").body("{\"text\":\"rewritten by one director\"}")
                .put(path(Section.ACTIVE_POLICIES, policy)).then().statusCode(422).body("field", equalTo("section"));
        given().get(path(Section.ACTIVE_POLICIES, policy)).then().body("revision", equalTo(1)).body("text", equalTo("policy text"));
        relay.relayPending();
        assertThat(TopicReader.await(KafkaResource.bootstrapServers(), Topics.PROPOSAL,
                r -> proposal.id.equals(r.key()) && (r.value().contains("proposal-resolved") || r.value().contains("member-vote-requested")),
                1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void thePolicyIsTheRevisionTheBoardVotedOnNotAnEditMadeDuringTheVote() {
        String name = Fixtures.uniqueName("Pinned");
        var proposal = Fixtures.forResolution(pages, resolutions, name);
        // The resolution opened on revision 1; an edit lands while the directors vote.
        given().contentType("application/json").body("{\"text\":\"edited while the Board voted\"}")
                .put(path(Section.PROPOSALS_FOR_RESOLUTION, name)).then().statusCode(200).body("revision", equalTo(2));
        Fixtures.boardDecides(resolutions, proposal.id, "favourable", 1);
        JsonPath active = awaitPage(proposal.id, p -> "ActivePolicies".equals(p.getString("section")));
        assertThat(active.getString("text")).isEqualTo("line one\nline two");
        assertThat(active.getInt("resolution.revision")).isEqualTo(1);
        assertThat(active.getInt("revision")).isEqualTo(3);

        // An amendment adopts the text of its pinned revision too.
        String amendmentName = Fixtures.uniqueName("PinnedAmendment");
        var amendment = pages.create(Fixtures.BEA_BASIC, new PageService.NewPage(null, amendmentName, "Change",
                Kind.AMENDMENT, proposal.id, "the voted amendment", null));
        resolutions.moveByHand(Fixtures.DORA_DIRECTOR, amendment.id, Section.PROPOSALS_FOR_RESOLUTION, null, "ready");
        given().contentType("application/json").body("{\"text\":\"a later edit\"}")
                .put(path(Section.PROPOSALS_FOR_RESOLUTION, amendmentName)).then().statusCode(200);
        Fixtures.boardDecides(resolutions, amendment.id, "favourable", 1);
        given().get(path(Section.ACTIVE_POLICIES, name)).then().body("revision", equalTo(4)).body("text", equalTo("the voted amendment"));
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aWithdrawnProposalIsArchivedAndAnUnfavourableResolutionToo() {
        String withdrawn = Fixtures.uniqueName("Withdrawn");
        Fixtures.discussion(pages, withdrawn);
        given().contentType("application/json").body("{\"reason\":\"the author withdrew it\"}")
                .post(path(Section.PROPOSALS_FOR_DISCUSSION, withdrawn) + "/withdrawal").then().statusCode(200)
                .body("section", equalTo("ArchivedProposals"))
                .body("resolution.outcome", equalTo("WITHDRAWN"));
        String declined = Fixtures.uniqueName("Declined");
        var declinedPage = Fixtures.reload(Fixtures.forResolution(pages, resolutions, declined + "B").id);
        Fixtures.boardDecides(resolutions, declinedPage.id, "unfavourable", 1);
        given().get(path(Section.ARCHIVED_PROPOSALS, declined + "B")).then().statusCode(200)
                .body("resolution.outcome", equalTo("UNFAVOURABLE"));
        // A later favourable resolution of an archived proposal changes nothing.
        Fixtures.boardDecides(resolutions, declinedPage.id, "favourable", 1);
        given().get(path(Section.ARCHIVED_PROPOSALS, declined + "B")).then().statusCode(200)
                .body("resolution.outcome", equalTo("UNFAVOURABLE"));
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void anAmendmentOfAPolicyRetiredMeanwhileIsArchivedUnappliedAndThePolicyKeepsItsText() {
        String policy = Fixtures.uniqueName("Old");
        var policyPage = Fixtures.activePolicy(pages, resolutions, policy);
        String amendmentName = Fixtures.uniqueName("Late");
        var amendment = pages.create(Fixtures.BEA_BASIC, new PageService.NewPage(null, amendmentName, "Late change",
                Kind.AMENDMENT, policyPage.id, "new text", null));
        resolutions.moveByHand(Fixtures.DORA_DIRECTOR, amendment.id, Section.PROPOSALS_FOR_RESOLUTION, null, "ready");
        resolutions.retire(Fixtures.DORA_DIRECTOR, policyPage.id, "gone");
        Fixtures.boardDecides(resolutions, amendment.id, "favourable", 1);
        given().get(path(Section.ARCHIVED_PROPOSALS, amendmentName)).then().statusCode(200).body("resolution.outcome", equalTo("FAVOURABLE"));
        given().get(path(Section.RETIRED_POLICIES, policy)).then().body("revision", equalTo(1));
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aBoardResolutionTheDirectorsPassedResolvesTheProposalAndAFailedOneChangesNothing() {
        String name = Fixtures.uniqueName("BoardVoted");
        var proposal = Fixtures.forResolution(pages, resolutions, name);
        sendElectionEvent(new BoardResolutionDecided("res-failed-" + UUID.randomUUID(), proposal.id, "favourable", "Adopt it",
                false, 2, 3, 0, 0, 5, "2 yes votes, short of a majority", 1, 1, null, null));
        String passed = "res-" + UUID.randomUUID();
        sendElectionEvent(new BoardResolutionDecided(passed, proposal.id, "favourable", "Adopt it",
                true, 4, 1, 1, 0, 6, "4 yes votes, meeting more than 1/2 of yes and no votes", 1, 1, null, null));

        JsonPath active = awaitPage(proposal.id, p -> "ActivePolicies".equals(p.getString("section")));
        assertThat(active.getString("resolution.method")).isEqualTo("BOARD_RESOLUTION");
        assertThat(active.getString("resolution.reference")).isEqualTo(passed);
        assertThat(active.getString("resolution.resolvedBy")).isEqualTo("pygov:board-vote");
        relay.relayPending();
        ProposalResolved resolved = EventCodec.data(onlyEvent(Topics.PROPOSAL, proposal.id, "proposal-resolved"), ProposalResolved.class);
        assertThat(resolved.favourable()).isTrue();
        assertThat(resolved.reference()).isEqualTo(passed);
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void aPollWithOptionsAsksThemAndShowsHowManyChoseEach() {
        String name = Fixtures.uniqueName("Options");
        var proposal = Fixtures.discussion(pages, name);
        Fixtures.boardDecides(resolutions, boardAsks(proposal.id, "poll", "Which?", List.of("A", "A")));
        given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then().body("votes", org.hamcrest.Matchers.empty());
        Fixtures.boardDecides(resolutions, boardAsks(proposal.id, "poll", "Which date?", List.of("2027", "2028", "never")));
        String requestId = given().get(path(Section.PROPOSALS_FOR_DISCUSSION, name)).then()
                .body("votes[0].options", org.hamcrest.Matchers.contains("2027", "2028", "never"))
                .extract().path("votes[0].requestId");
        relay.relayPending();
        MemberVoteRequested asked = EventCodec.data(onlyEvent(Topics.PROPOSAL, proposal.id, "member-vote-requested"), MemberVoteRequested.class);
        assertThat(asked.options()).containsExactly("2027", "2028", "never");

        sendElectionEvent(new VoteDecided("poll-" + UUID.randomUUID(), "poll", requestId, false, true, 0, 0, 1, 50,
                "non-binding poll: advice only", 1, List.of(new VoteDecided.OptionCount("2027", 20),
                new VoteDecided.OptionCount("2028", 9), new VoteDecided.OptionCount("never", 3))));
        JsonPath polled = awaitPage(proposal.id, p -> p.get("votes[0].decidedAt") != null);
        assertThat(polled.getList("votes[0].optionCounts.option")).containsExactly("2027", "2028", "never");
        assertThat(polled.getList("votes[0].optionCounts.count")).containsExactly(20, 9, 3);
        assertThat(polled.getString("section")).isEqualTo("ProposalsForDiscussion");
    }

    /** A passed Board resolution asking the voting members a question about revision 1 of the proposal. */
    private static BoardResolutionDecided boardAsks(String proposalId, String what, String question, List<String> options) {
        return new BoardResolutionDecided("res-" + UUID.randomUUID(), proposalId, what, "The Board asks the members", true,
                4, 0, 0, 1, 5, "4 yes votes of 5 directors", 1, 1, question, options);
    }

    private static void sendElectionEvent(dev.pygov.events.EventPayload payload) {
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, payload.key(),
                EventCodec.write(EventCodec.wrap("/election-service", payload, Instant.now())));
    }

    private static void sendDecided(String subjectId, boolean passed, int yes, int no) {
        String voteId = "vote-" + UUID.randomUUID();
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, voteId, EventCodec.write(EventCodec.wrap(
                "/election-service", new VoteDecided(voteId, "psf-member-vote", subjectId, passed, true, yes, no, 0, 100, "counted", 1),
                Instant.now())));
    }

    private static CloudEvent onlyEvent(String topic, String key, String typeFragment) {
        List<ConsumerRecord<String, String>> records = TopicReader.await(KafkaResource.bootstrapServers(), topic,
                r -> key.equals(r.key()) && r.value().contains(typeFragment), 2, Duration.ofSeconds(8));
        assertThat(records).as("exactly one %s event for %s", typeFragment, key).hasSize(1);
        return EventCodec.read(records.get(0).value());
    }

    private static JsonPath awaitPage(String id, Predicate<JsonPath> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath page = RestAssured.given().get("/pages/" + id).then().statusCode(200).extract().jsonPath();
            if (condition.test(page)) {
                return page;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("page " + id + " did not reach the expected state within 30 s");
    }

    private static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }
}
