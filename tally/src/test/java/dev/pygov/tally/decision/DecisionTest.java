package dev.pygov.tally.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTest {

    @Test
    void majorityOfNonAbstainingIgnoresAbstentions() {
        DecisionResult result = Decision.evaluate(new VoteCounts(3, 2, 10), Threshold.majorityOfNonAbstaining(),
                Quorum.none(), 20);

        assertThat(result.passed()).isTrue();
        assertThat(result.yesNeeded()).isEqualTo(3);
        assertThat(result.reason()).contains("3 yes votes, meeting more than 1/2 of yes and no votes = 3 yes votes of 5");
    }

    @Test
    void exactHalfIsNotAMajority() {
        assertThat(Decision.evaluate(new VoteCounts(2, 2, 0), Threshold.majorityOfNonAbstaining(), Quorum.none(), 4)
                .passed()).isFalse();
    }

    @Test
    void twoThirdsOfVotesCastVersusTwoThirdsOfVoters() {
        VoteCounts counts = new VoteCounts(6, 3, 3);

        DecisionResult ofVotes = Decision.evaluate(counts, Threshold.twoThirdsOfVotesCast(), Quorum.none(), 12);
        DecisionResult ofVoters = Decision.evaluate(counts, Threshold.twoThirdsOfVoters(), Quorum.none(), 12);

        assertThat(ofVotes.passed()).isTrue();
        assertThat(ofVotes.yesNeeded()).isEqualTo(6);
        assertThat(ofVoters.passed()).isFalse();
        assertThat(ofVoters.yesNeeded()).isEqualTo(8);
        assertThat(ofVoters.reason()).contains("short of at least 2/3 of ballots cast = 8 yes votes of 12");
    }

    @Test
    void fixedCountFourOfFive() {
        assertThat(Decision.evaluate(new VoteCounts(4, 1, 0), Threshold.fixedCount(4), Quorum.none(), 5).passed()).isTrue();
        DecisionResult three = Decision.evaluate(new VoteCounts(3, 0, 2), Threshold.fixedCount(4), Quorum.none(), 5);
        assertThat(three.passed()).isFalse();
        assertThat(three.reason()).contains("3 yes votes, short of at least 4 yes votes");
    }

    @Test
    void quorumCountsAbstentions() {
        Quorum half = Quorum.of(1, 2);
        DecisionResult withAbstentions = Decision.evaluate(new VoteCounts(3, 0, 2), Threshold.majorityOfNonAbstaining(), half, 10);
        DecisionResult without = Decision.evaluate(new VoteCounts(3, 0, 1), Threshold.majorityOfNonAbstaining(), half, 10);

        assertThat(withAbstentions.passed()).isTrue();
        assertThat(withAbstentions.quorumNeeded()).isEqualTo(5);
        assertThat(without.passed()).isFalse();
        assertThat(without.quorumMet()).isFalse();
        assertThat(without.reason()).startsWith("quorum not met: 4 of 10 eligible returned a ballot, 5 needed (1/2)");
    }

    @Test
    void nobodyVotingYesNeverPasses() {
        assertThat(Decision.evaluate(new VoteCounts(0, 0, 3), Threshold.majorityOfNonAbstaining(), Quorum.none(), 3)
                .passed()).isFalse();
    }

    @Test
    void moreBallotsThanElectorsIsAnError() {
        assertThatThrownBy(() -> Decision.evaluate(new VoteCounts(3, 3, 0), Threshold.fixedCount(4), Quorum.none(), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
