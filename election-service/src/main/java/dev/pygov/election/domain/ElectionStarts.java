package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;

/**
 * Who may start an election, as plain Java (decision 0521). The seed: "The election process is managed by one
 * Returning Officer nominated by the outgoing Packaging Council. For the initial election, the Returning Officer will
 * be nominated by the PSF Executive Director." Every other election comes from the council's
 * {@code nominate-returning-officer} motion, or (the whole council after a dissolution) from the no-confidence vote.
 */
public final class ElectionStarts {

    private ElectionStarts() {
    }

    /** The Executive Director creates the initial election only: whole council, before any council was ever seated. */
    public static void executiveDirectorCreates(ElectionKind kind, boolean councilEverSeated) {
        if (councilEverSeated) {
            throw ProblemException.rule("not-the-initial-election", "the Executive Director creates only the initial election,"
                    + " before any council was seated; every later election comes from the council's nominate-returning-officer"
                    + " motion, or after a dissolution from the no-confidence vote", "kind");
        }
        if (kind != ElectionKind.WHOLE_COUNCIL) {
            throw ProblemException.rule("not-the-initial-election", "the initial election elects the whole council, not a "
                    + kind.wireName(), "kind");
        }
    }

    /**
     * The Executive Director names the Returning Officer only where nobody could: the draft a dissolution created
     * without one. An officer the council (or the Executive Director, for the initial election) named stays.
     */
    public static void executiveDirectorNamesOfficer(Election election) {
        if (election.returningOfficerId != null) {
            throw ProblemException.rule("officer-already-named", "this election's Returning Officer was named by "
                    + election.appointedBy + "; the Executive Director names one only for the election a dissolution"
                    + " created without one", "returningOfficerId");
        }
    }

    /** "A Returning Officer does not stand in the election they run." */
    public static void officerDoesNotStand(Election election, String personId, String field) {
        if (personId != null && personId.equals(election.returningOfficerId)) {
            throw ProblemException.rule("returning-officer-cannot-stand",
                    "the Returning Officer of this election cannot stand in it", field);
        }
    }
}
