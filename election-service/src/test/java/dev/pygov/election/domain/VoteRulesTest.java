package dev.pygov.election.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import dev.pygov.tally.decision.DecisionResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain rules of votes: choices, counts, polls, no-confidence targets, rulebook documents and the seed's thresholds. */
class VoteRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Rulebook seeded = Rulebooks.seeded();

    @Test
    void aBallotSaysYesNoOrAbstainOrOneOfThePollsOptions() {
        assertThat(VoteRules.choice(" Yes ", List.of(), "choice")).isEqualTo("yes");
        assertThat(VoteRules.choice("Option B", List.of("Option A", "Option B"), "choice")).isEqualTo("Option B");
        for (String bad : new String[] {"maybe", "5", "", "-1"}) {
            assertThatThrownBy(() -> VoteRules.choice(bad, List.of(), "choice"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("choice"));
        }
        assertThatThrownBy(() -> VoteRules.choice("yes", List.of("Option A", "Option B"), "choice"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> VoteRules.choice(null, List.of(), "vote"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("vote"));
    }

    @Test
    void countsListEveryChoiceInTheOrderOfferedAndAPollSaysItDecidesNothing() {
        assertThat(VoteRules.count(List.of("no", "yes", "yes"), List.of())).containsExactly(
                Map.entry("yes", 2), Map.entry("no", 1), Map.entry("abstain", 0));
        Map<String, Integer> poll = VoteRules.count(List.of("B", "B", "A"), VoteRules.options(List.of(" A ", "B", "", "C", "A")));
        assertThat(poll).containsExactly(Map.entry("A", 1), Map.entry("B", 2), Map.entry("C", 0));
        assertThat(VoteRules.pollExplanation(poll, 3, 10)).startsWith("non-binding poll").contains("2 B").contains("3 ballots from 10 eligible");
    }

    @Test
    void governanceChangesNeedTwoThirdsOfTheVotesCastAbstentionsAside() {
        Rulebook.VoteRule rule = seeded.communityVotes().governanceChange();
        DecisionResult exactlyTwoThirds = DecisionRules.decide(4, 2, 3, rule.threshold(), rule.quorum(), 40);
        assertThat(exactlyTwoThirds.passed()).isTrue();
        DecisionResult oneShort = DecisionRules.decide(3, 2, 0, rule.threshold(), rule.quorum(), 40);
        assertThat(oneShort.passed()).isFalse();
        assertThat(oneShort.yesNeeded()).isEqualTo(4);
    }

    @Test
    void noConfidenceCountsAbstainersAsVotersAndNeedsHalfTheRoll() {
        Rulebook.VoteRule rule = seeded.communityVotes().noConfidence();
        assertThat(DecisionRules.decide(4, 1, 1, rule.threshold(), rule.quorum(), 12).passed()).isTrue();
        assertThat(DecisionRules.decide(4, 1, 2, rule.threshold(), rule.quorum(), 12).passed()).as("4 of 7 voters").isFalse();
        DecisionResult tooFew = DecisionRules.decide(5, 0, 0, rule.threshold(), rule.quorum(), 12);
        assertThat(tooFew.quorumMet()).isFalse();
        assertThat(tooFew.reason()).startsWith("quorum not met");
    }

    @Test
    void aNoConfidenceCallTargetsOneSittingCouncillorOrTheWholeCouncil() {
        assertThat(NoConfidence.subject("councillor", "p1", Optional.of("P One"), true)).isEqualTo("p1");
        assertThat(NoConfidence.subject("council", null, Optional.empty(), true)).isEqualTo("council");
        assertField(() -> NoConfidence.subject("councillor", "p2", Optional.empty(), true), "personId");
        assertField(() -> NoConfidence.subject("councillor", " ", Optional.empty(), true), "personId");
        assertField(() -> NoConfidence.subject("board", "p1", Optional.of("P One"), true), "target");
        assertField(() -> NoConfidence.subject("council", null, Optional.empty(), false), "target");
    }

    @Test
    void aProposedRulebookIsParsedStrictlyNamingTheFieldAndDiffedByJsonPointer() throws Exception {
        ObjectNode proposed = (ObjectNode) JSON.readTree(Rulebooks.toJson(seeded));
        proposed.put("version", 2);
        ((ObjectNode) proposed.get("councilElection")).put("nominationDays", 10);
        Rulebook parsed = RulebookDocuments.parse(bytes(proposed), "rulebook");
        assertThat(parsed.councilElection().nominationDays()).isEqualTo(10);
        assertThat(RulebookDocuments.diff(JSON.readTree(Rulebooks.toJson(seeded)), proposed))
                .extracting(c -> c.path() + ":" + c.from() + "->" + c.to())
                .containsExactly("/version:1->2", "/councilElection/nominationDays:14->10");

        ObjectNode noSeats = proposed.deepCopy();
        ((ObjectNode) noSeats.get("council")).put("seats", 0);
        assertField(() -> RulebookDocuments.parse(bytes(noSeats), "rulebook"), "rulebook.council.seats");
        ObjectNode unknown = proposed.deepCopy();
        ((ObjectNode) unknown.get("psf")).put("pollHours", 3);
        assertField(() -> RulebookDocuments.parse(bytes(unknown), "rulebook"), "rulebook.psf.pollHours");
        assertField(() -> RulebookDocuments.parse("{not json".getBytes(StandardCharsets.UTF_8), "rulebook"), "rulebook");
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
