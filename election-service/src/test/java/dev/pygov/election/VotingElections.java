package dev.pygov.election;

import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.Phase;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole-council election taken to its voting phase, for tests and benchmarks about what happens from there. */
final class VotingElections {

    private VotingElections() {
    }

    /**
     * Nominations open at {@code t0} (Returning Officer {@code prefix + "ro"}), the candidates stand, and voting opens
     * when nominations close by the rulebook; the roll is the community projection at that moment.
     */
    static UUID open(ElectionService elections, String prefix, List<String> candidates, Instant t0) {
        UUID id = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, prefix + "ro", prefix + "ed", t0).id;
        elections.schedule(id, prefix + "ro", t0, t0);
        elections.advance(t0);
        candidates.forEach(candidate -> elections.nominate(id, candidate, null, "I will serve", t0));
        pastNominations(elections, id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> elections.get(id).phase)).isEqualTo(Phase.VOTING_OPEN);
        return id;
    }

    /** Advances to the election's close of voting (which an extension of nominations moved). */
    static void closeVoting(ElectionService elections, UUID id) {
        elections.advance(QuarkusTransaction.requiringNew().call(() -> elections.get(id).votingCloseAt));
    }

    /** Advances to the close of nominations, and past the one extension fewer candidates than seats bring (0523). */
    static void pastNominations(ElectionService elections, UUID id) {
        for (int close = 0; close < 2; close++) {
            elections.advance(QuarkusTransaction.requiringNew().call(() -> elections.get(id).nominationsCloseAt));
        }
    }
}
