package dev.pygov.membership.domain;

import dev.pygov.commons.security.Roles;

/** Roles an officer grants for a period; every other role follows from membership, the roster or the council. */
public enum PsfRole {
    DIRECTOR(Roles.DIRECTOR, AffiliationKind.PSF_DIRECTOR), OFFICER(Roles.OFFICER, AffiliationKind.PSF_OFFICER),
    EXECUTIVE_DIRECTOR(Roles.EXECUTIVE_DIRECTOR, AffiliationKind.PSF_EMPLOYEE);

    public final String realmRole;
    /** The affiliation with the PSF that holding the role is, for the council's employer limit (decision 0410). */
    public final AffiliationKind affiliation;

    PsfRole(String realmRole, AffiliationKind affiliation) {
        this.realmRole = realmRole;
        this.affiliation = affiliation;
    }
}
