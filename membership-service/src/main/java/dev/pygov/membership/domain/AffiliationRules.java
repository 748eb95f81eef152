package dev.pygov.membership.domain;

import dev.pygov.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Checks on an affiliation's input, and how a subsidiary resolves to the entity that counts. */
public final class AffiliationRules {

    private AffiliationRules() {
    }

    /** Parses the kind, refusing PSF membership with the seed's reason rather than a bare "not allowed". */
    public static AffiliationKind kind(String kind) {
        if ("psf-member".equals(kind) || "psf-membership".equals(kind)) {
            throw ProblemException.invalid("kind", "PSF membership is not an affiliation: the conflict-of-interest rule exempts "
                    + "PSF members (but not PSF employees, directors or officers)");
        }
        return Wire.parse(AffiliationKind.class, "kind", kind);
    }

    /** The organisation an affiliation of this kind is with: the PSF for PSF roles, otherwise the one given. */
    public static String organisationFor(AffiliationKind kind, String organisationId) {
        if (kind.withPsf()) {
            if (organisationId != null && !Organisation.PSF.equals(organisationId)) {
                throw ProblemException.invalid("organisationId", "a " + Wire.of(kind) + " affiliation is with the PSF ('psf'), not " + organisationId);
            }
            return Organisation.PSF;
        }
        if (organisationId == null || organisationId.isBlank()) {
            throw ProblemException.invalid("organisationId", "an affiliation of kind " + Wire.of(kind) + " names its organisation");
        }
        return organisationId;
    }

    public static void period(LocalDate since, LocalDate until) {
        if (since == null) {
            throw ProblemException.invalid("since", "an affiliation has a start date");
        }
        if (until != null && until.isBefore(since)) {
            throw ProblemException.invalid("until", "the affiliation cannot end (" + until + ") before it starts (" + since + ")");
        }
    }

    /** Follows parents to the top: a subsidiary counts as its parent for the employer limit. */
    public static String rootOf(String organisationId, Function<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String current = organisationId;
        while (seen.add(current)) {
            String parent = parentOf.apply(current);
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        throw new IllegalStateException("organisation parents form a cycle at " + current);
    }
}
