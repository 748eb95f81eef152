package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotRulesTest {

    private static final List<String> CANDIDATES = List.of("ada", "brett", "carol");

    @Test
    void missingCandidatesScoreZeroAndScoresFollowBallotOrder() {
        int[] scores = BallotRules.scores(Map.of("carol", 5, "ada", 2), CANDIDATES, 5);
        assertThat(scores).containsExactly(2, 0, 5);
        assertThat(BallotRules.decode(BallotRules.encode(scores))).containsExactly(2, 0, 5);
    }

    @Test
    void starsOutsideTheRangeNameTheCandidate() {
        assertThatThrownBy(() -> BallotRules.scores(Map.of("brett", 6), CANDIDATES, 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("scores.brett"));
        assertThatThrownBy(() -> BallotRules.scores(Map.of("brett", -1), CANDIDATES, 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("scores.brett"));
        Map<String, Integer> missingValue = new HashMap<>();
        missingValue.put("ada", null);
        assertThatThrownBy(() -> BallotRules.scores(missingValue, CANDIDATES, 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("scores.ada"));
    }

    @Test
    void anUnknownCandidateIsNamed() {
        assertThatThrownBy(() -> BallotRules.scores(Map.of("zed", 1), CANDIDATES, 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("scores.zed"));
    }

    @Test
    void trackersAreTheHashOfTheKeyAndTheSeedCommitmentTheHashOfItsBytes() {
        String key = Trackers.newSecret();
        assertThat(key).hasSize(64).isNotEqualTo(Trackers.newSecret());
        assertThat(Trackers.trackerOf(key)).hasSize(64).isEqualTo(Trackers.trackerOf(" " + key.toUpperCase() + " "));
        // SHA-256 of the single byte 0x00.
        assertThat(Trackers.commitmentOf("00")).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }
}
