package dev.pygov.membership.domain;

import dev.pygov.commons.problem.ProblemException;

/** Seed: a wider-community organisation initially nominates up to seven members (the rulebook's cap). */
public final class NomineeCap {

    private NomineeCap() {
    }

    public static void check(String organisationId, long alreadyNominated, int cap) {
        if (alreadyNominated >= cap) {
            throw ProblemException.rule("nominee-cap-reached", "organisation " + organisationId + " has already nominated "
                    + alreadyNominated + " members; the rulebook allows at most " + cap, "nominatingOrganisation");
        }
    }
}
