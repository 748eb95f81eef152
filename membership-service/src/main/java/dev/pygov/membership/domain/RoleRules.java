package dev.pygov.membership.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which realm roles follow from a person's standing; granted PSF roles are added on top. */
public final class RoleRules {

    /** The roles this service derives, as opposed to roles granted for a period. */
    public static final Set<String> DERIVED = Set.of(Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.PACKAGING_MEMBER);

    /** The longest authority reference kept (a resolution id, an election result's address, a minute's item). */
    static final int LONGEST_AUTHORITY = 500;

    private RoleRules() {
    }

    /** Roles are conferred, never taken: nobody records a grant or an end of their own role (decision 0408). */
    public static void checkNotSelf(String personId, String recordedBy) {
        if (personId.equals(recordedBy)) {
            throw new ProblemException(403, "own-role", "Not allowed", "nobody grants or ends a role of their own; "
                    + "another officer records what the Board or the PSF election decided", "personId");
        }
    }

    /** Every grant and every end names what it implements: the Board resolution or the PSF election result. */
    public static void checkAuthority(String authority) {
        if (authority == null || authority.isBlank() || authority.length() > LONGEST_AUTHORITY) {
            throw ProblemException.invalid("authority", "name the Board resolution or PSF election result this implements "
                    + "(1 to " + LONGEST_AUTHORITY + " characters)");
        }
    }

    public static Set<String> derived(Optional<MembershipClass> currentClass, boolean activeCommunityMember) {
        Set<String> roles = new TreeSet<>();
        currentClass.ifPresent(c -> {
            roles.add(Roles.BASIC_MEMBER);
            if (c.votes()) {
                roles.add(Roles.VOTING_MEMBER);
            }
        });
        if (activeCommunityMember) {
            roles.add(Roles.PACKAGING_MEMBER);
        }
        return roles;
    }
}
