package dev.pygov.membership.domain;

import dev.pygov.commons.problem.ProblemException;

/** Refusals this service repeats, so that each reads the same wherever it is raised. */
public final class Refusals {

    private Refusals() {
    }

    /** Something named in the input does not exist: 404 naming the input field. */
    public static ProblemException unknown(String what, String field, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", field);
    }

    public static ProblemException notAnActiveCommunityMember(String personId) {
        return ProblemException.forbidden("not-an-active-community-member",
                personId + " is not an active member of the Packaging community");
    }
}
