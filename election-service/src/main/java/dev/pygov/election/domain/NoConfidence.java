package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.Optional;

/** The two forms of a no-confidence vote (seed 000): one sitting councillor, or the whole council. Plain Java. */
public final class NoConfidence {

    public static final String COUNCILLOR = "councillor";
    public static final String COUNCIL = "council";

    private NoConfidence() {
    }

    /**
     * The vote's subject: the councillor's person id, or "council".
     *
     * @param seatHolder the name of the seat the named person holds now, if any
     */
    public static String subject(String target, String personId, Optional<String> seatHolder, boolean councilSits) {
        if (COUNCIL.equals(target)) {
            if (personId != null && !personId.isBlank()) {
                throw ProblemException.invalid("personId", "a call against the whole council names no councillor");
            }
            if (!councilSits) {
                throw ProblemException.rule("no-sitting-council", "no council member holds a seat now", "target");
            }
            return COUNCIL;
        }
        if (!COUNCILLOR.equals(target)) {
            throw ProblemException.invalid("target", "target must be 'councillor' (with personId) or 'council', was '" + target + "'");
        }
        if (personId == null || personId.isBlank()) {
            throw ProblemException.invalid("personId", "name the councillor (their person id)");
        }
        if (seatHolder.isEmpty()) {
            throw ProblemException.rule("not-a-sitting-councillor", personId + " does not hold a council seat now", "personId");
        }
        return personId;
    }

    public static String question(String subject, String councillorName) {
        return COUNCIL.equals(subject)
                ? "Does the Packaging community have no confidence in the whole council (dissolving it)?"
                : "Does the Packaging community have no confidence in council member " + councillorName + " (removing them from the council)?";
    }
}
