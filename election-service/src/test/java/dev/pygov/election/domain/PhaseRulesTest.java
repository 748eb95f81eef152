package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebooks;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhaseRulesTest {

    private static final Instant OPENS = Instant.parse("2027-01-04T17:00:00Z");

    private static Election scheduled() {
        Election election = new Election();
        election.phase = Phase.DRAFT;
        PhaseRules.schedule(election, OPENS, Rulebooks.seeded().councilElection());
        return election;
    }

    @Test
    void eachPhaseLastsWhatTheRulebookSays() {
        Election election = scheduled();
        assertThat(election.nominationsCloseAt).isEqualTo(Instant.parse("2027-01-18T17:00:00Z"));
        assertThat(election.votingCloseAt).isEqualTo(Instant.parse("2027-02-01T17:00:00Z"));
    }

    @Test
    void aPhaseEndsAtItsDeadlineAndNotBefore() {
        Election election = scheduled();
        assertThat(PhaseRules.afterDeadline(election, OPENS.minusMillis(1))).isNull();
        assertThat(PhaseRules.afterDeadline(election, OPENS)).isEqualTo(Phase.NOMINATIONS_OPEN);
        election.phase = Phase.NOMINATIONS_OPEN;
        assertThat(PhaseRules.afterDeadline(election, election.nominationsCloseAt)).isEqualTo(Phase.VOTING_OPEN);
        election.phase = Phase.VOTING_OPEN;
        assertThat(PhaseRules.afterDeadline(election, election.votingCloseAt.plusSeconds(86_400))).isEqualTo(Phase.CLOSED);
        election.phase = Phase.COUNTED;
        assertThat(PhaseRules.afterDeadline(election, election.votingCloseAt.plusSeconds(86_400))).as("waits for the officer").isNull();
    }

    @Test
    void fewerCandidatesThanSeatsExtendNominationsOnceAndNobodyStandingExtendsThemAgain() {
        var rules = Rulebooks.seeded().councilElection();
        Election election = scheduled();
        election.seats = 5;
        Instant close = election.nominationsCloseAt;
        Instant votingClose = election.votingCloseAt;
        assertThat(PhaseRules.extendNominations(election, 5, rules)).as("enough candidates").isFalse();
        assertThat(election.nominationsCloseAt).isEqualTo(close);

        assertThat(PhaseRules.extendNominations(election, 2, rules)).isTrue();
        assertThat(election.nominationsCloseAt).isEqualTo(Instant.parse("2027-01-25T17:00:00Z")).isEqualTo(close.plus(java.time.Duration.ofDays(7)));
        assertThat(election.votingCloseAt).isEqualTo(votingClose.plus(java.time.Duration.ofDays(7)));
        assertThat(PhaseRules.extendNominations(election, 2, rules)).as("once: then those who stood go to the vote").isFalse();
        assertThat(PhaseRules.extendNominations(election, 0, rules)).as("never to a vote without a candidate").isTrue();
        assertThat(election.nominationsCloseAt).isEqualTo(close.plus(java.time.Duration.ofDays(14)));
    }

    @Test
    void nominationsCloseAtTheirDeadline() {
        Election election = scheduled();
        election.phase = Phase.NOMINATIONS_OPEN;
        PhaseRules.requireNominationsOpen(election, election.nominationsCloseAt.minusSeconds(1));
        assertThatThrownBy(() -> PhaseRules.requireNominationsOpen(election, election.nominationsCloseAt))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("nominations-closed"));
    }
}
