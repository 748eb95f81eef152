package dev.pygov.membership.domain;

import dev.pygov.commons.security.Roles;

/** Roles an officer grants for a period; every other role follows from membership, the roster or the council. */
public enum PsfRole {
    DIRECTOR(Roles.DIRECTOR), OFFICER(Roles.OFFICER), EXECUTIVE_DIRECTOR(Roles.EXECUTIVE_DIRECTOR);

    public final String realmRole;

    PsfRole(String realmRole) {
        this.realmRole = realmRole;
    }
}
