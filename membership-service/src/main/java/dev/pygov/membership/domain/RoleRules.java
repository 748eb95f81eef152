package dev.pygov.membership.domain;

import dev.pygov.commons.security.Roles;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which realm roles follow from a person's standing; granted PSF roles are added on top. */
public final class RoleRules {

    /** The roles this service derives, as opposed to roles granted for a period. */
    public static final Set<String> DERIVED = Set.of(Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.PACKAGING_MEMBER);

    private RoleRules() {
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
