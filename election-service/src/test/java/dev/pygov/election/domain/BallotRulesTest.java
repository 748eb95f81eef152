package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    void trackersAreScopedToTheirBoxAndTheSeedCommitmentIsTheHashOfItsBytes() {
        String key = Trackers.newSecret();
        UUID box = UUID.randomUUID();
        assertThat(key).hasSize(64).isNotEqualTo(Trackers.newSecret());
        assertThat(Trackers.trackerOf(box, key)).hasSize(64).isEqualTo(Trackers.trackerOf(box, " " + key.toUpperCase() + " "));
        assertThat(Trackers.trackerOf(UUID.randomUUID(), key)).as("one key in two boxes: unrelated trackers")
                .isNotEqualTo(Trackers.trackerOf(box, key)).isNotEqualTo(Trackers.legacyTrackerOf(key));
        // HMAC-SHA-256 keyed by the key's text over the box id's text, as anyone can recompute it (docs/elections.md).
        assertThat(Trackers.trackerOf(UUID.fromString("00000000-0000-0000-0000-000000000001"), "00".repeat(31) + "01"))
                .isEqualTo("ca2376cc3fcd8988f776a715e0daf3d49da3369b16569337e0fb4abee2e14caf");
        // SHA-256 of the single byte 0x00.
        assertThat(Trackers.commitmentOf("00")).isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }
}
