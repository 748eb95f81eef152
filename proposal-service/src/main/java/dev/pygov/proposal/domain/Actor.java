package dev.pygov.proposal.domain;

import dev.pygov.commons.security.Roles;

import java.util.Set;

/** Who is acting, as the resource saw them: their subject and realm roles. */
public record Actor(String id, Set<String> roles) {

    /** Directors and officers write every section but discussion. */
    public boolean isBoard() {
        return roles.contains(Roles.DIRECTOR) || roles.contains(Roles.OFFICER);
    }

    public boolean isCouncillor() {
        return roles.contains(Roles.COUNCIL_MEMBER);
    }

    /** Any PSF member, basic members included; directors and officers are members too. */
    public boolean isMember() {
        return roles.contains(Roles.BASIC_MEMBER) || roles.contains(Roles.VOTING_MEMBER) || isBoard();
    }
}
