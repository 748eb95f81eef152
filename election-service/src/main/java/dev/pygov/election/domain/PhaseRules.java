package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Deadlines and what each phase allows, from the rulebook. Plain Java. */
public final class PhaseRules {

    private PhaseRules() {
    }

    /**
     * Sets the three deadlines from the opening of nominations: each phase lasts what the rulebook says. Deadlines
     * are whole seconds, so what the database stores (microseconds) is exactly what was compared.
     */
    public static void schedule(Election election, Instant nominationsOpenAt, Rulebook.CouncilElection rules) {
        election.nominationsOpenAt = nominationsOpenAt.truncatedTo(ChronoUnit.SECONDS);
        election.nominationsCloseAt = election.nominationsOpenAt.plus(Duration.ofDays(rules.nominationDays()));
        election.votingCloseAt = election.nominationsCloseAt.plus(Duration.ofDays(rules.votingDays()));
    }

    /**
     * Nominations close with fewer candidates than seats (decision 0523): they stay open
     * {@code nominationExtensionDays} more, once; with nobody standing, again each time, so an election never goes
     * to voting without a candidate. After the one extension, the candidates who stood go to the vote and the seats
     * beyond them stay vacant.
     *
     * @return whether the deadlines were moved
     */
    public static boolean extendNominations(Election election, int standing, Rulebook.CouncilElection rules) {
        if (standing >= election.seats) {
            return false;
        }
        boolean extendedBefore = election.nominationsCloseAt.isAfter(
                election.nominationsOpenAt.plus(Duration.ofDays(rules.nominationDays())));
        if (standing > 0 && extendedBefore) {
            return false;
        }
        Duration extension = Duration.ofDays(rules.nominationExtensionDays());
        election.nominationsCloseAt = election.nominationsCloseAt.plus(extension);
        election.votingCloseAt = election.votingCloseAt.plus(extension);
        return true;
    }

    /** The phase a timed phase moves to once its deadline passed, or null if the phase does not end by time. */
    public static Phase afterDeadline(Election election, Instant now) {
        Instant deadline = election.nextDeadline();
        if (deadline == null || now.isBefore(deadline)) {
            return null;
        }
        return switch (election.phase) {
            case DRAFT -> Phase.NOMINATIONS_OPEN;
            case NOMINATIONS_OPEN -> Phase.VOTING_OPEN;
            case VOTING_OPEN -> Phase.CLOSED;
            default -> null;
        };
    }

    public static void requireNominationsOpen(Election election, Instant now) {
        if (election.phase != Phase.NOMINATIONS_OPEN || !now.isBefore(election.nominationsCloseAt)) {
            throw ProblemException.conflict("nominations-closed",
                    "nominations are not open for this election (phase " + election.phase.wireName()
                            + ", nominations close at " + election.nominationsCloseAt + ")", "electionId");
        }
    }

    public static void requireVotingOpen(Election election, Instant now) {
        if (election.phase != Phase.VOTING_OPEN || !now.isBefore(election.votingCloseAt)) {
            throw ProblemException.conflict("voting-closed",
                    "voting is not open for this election (phase " + election.phase.wireName()
                            + ", voting closes at " + election.votingCloseAt + ")", "electionId");
        }
    }

    public static void requirePhase(Election election, Phase expected) {
        if (election.phase != expected) {
            throw ProblemException.conflict("wrong-phase", "the election is " + election.phase.wireName()
                    + ", this needs it to be " + expected.wireName(), "electionId");
        }
    }
}
