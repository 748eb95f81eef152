package dev.pygov.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds' numbers, written out literally and checked against rulebook/v1.json itself: other tests compare
 * durations with the rulebook, so they would pass with any value. A change of these numbers is a governance change
 * (a new rulebook version), never an edit of v1.
 */
class SeedNumbersTest {

    private static JsonNode v1() throws IOException {
        try (InputStream in = SeedNumbersTest.class.getResourceAsStream("/rulebook/v1.json")) {
            assertThat(in).as("rulebook/v1.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theCouncilHasFiveSeatsInCohortsOfTwoAndThreeServing24And12Months() throws IOException {
        JsonNode council = v1().get("council");
        assertThat(council.get("seats").asInt()).as("five seats").isEqualTo(5);
        JsonNode a = council.get("cohorts").get(0);
        JsonNode b = council.get("cohorts").get(1);
        assertThat(council.get("cohorts")).hasSize(2);
        assertThat(a.get("name").asText()).isEqualTo("A");
        assertThat(a.get("seats").asInt()).isEqualTo(2);
        assertThat(b.get("name").asText()).isEqualTo("B");
        assertThat(b.get("seats").asInt()).isEqualTo(3);
        assertThat(a.get("termMonths").asInt()).as("two-year terms").isEqualTo(24);
        assertThat(b.get("termMonths").asInt()).isEqualTo(24);
        assertThat(a.get("wholeCouncilTermMonths").asInt()).as("cohort A, first election").isEqualTo(24);
        assertThat(b.get("wholeCouncilTermMonths").asInt()).as("cohort B, first election").isEqualTo(12);
        assertThat(council.get("employerLimit").asInt()).as("no more than two per entity").isEqualTo(2);
        assertThat(council.get("outOfTouchDays").asInt()).as("a month or longer").isEqualTo(30);
    }

    @Test
    void electionPhasesLastFourteenDays() throws IOException {
        JsonNode election = v1().get("councilElection");
        assertThat(election.get("nominationDays").asInt()).isEqualTo(14);
        assertThat(election.get("votingDays").asInt()).isEqualTo(14);
        assertThat(election.get("method").asText()).isEqualTo("bloc-star");
    }

    @Test
    void admissionAndNoConfidenceAreSecondedAndVotedWithinFourteenDaysWithAHalfQuorum() throws IOException {
        JsonNode votes = v1().get("communityVotes");
        for (String kind : new String[] {"admission", "noConfidence"}) {
            JsonNode vote = votes.get(kind);
            assertThat(vote.get("secondingDays").asInt()).as(kind + " seconding").isEqualTo(14);
            assertThat(vote.get("votingDays").asInt()).as(kind + " voting").isEqualTo(14);
            assertThat(vote.get("quorum").asDouble()).as(kind + " quorum").isEqualTo(0.5);
        }
        assertThat(votes.at("/admission/threshold/rule").asText()).as("simple majority").isEqualTo("majority-of-non-abstaining");
    }

    @Test
    void removalNoConfidenceAndGovernanceChangesNeedTwoThirds() throws IOException {
        JsonNode book = v1();
        assertThat(book.at("/councilMotions/removeCommunityMember/threshold/rule").asText()).isEqualTo("two-thirds-of-seats");
        assertThat(book.at("/communityVotes/noConfidence/threshold/rule").asText()).isEqualTo("two-thirds-of-voters");
        assertThat(book.at("/communityVotes/governanceChange/threshold/rule").asText()).isEqualTo("two-thirds-of-votes-cast");
    }

    @Test
    void sevenNomineesPerOrganisationAndTwoMissedElections() throws IOException {
        JsonNode community = v1().get("community");
        assertThat(community.get("widerCommunityNomineeCap").asInt()).isEqualTo(7);
        assertThat(community.get("missedElectionsBeforeInactive").asInt()).isEqualTo(2);
    }
}
