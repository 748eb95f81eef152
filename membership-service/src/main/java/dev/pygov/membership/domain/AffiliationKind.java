package dev.pygov.membership.domain;

/**
 * Kinds of affiliation that count for the council's employer limit. PSF membership is deliberately absent:
 * the seed exempts PSF members, but not PSF employees, directors or officers.
 */
public enum AffiliationKind {
    EMPLOYEE, SIGNIFICANTLY_AFFILIATED, PSF_EMPLOYEE, PSF_DIRECTOR, PSF_OFFICER;

    public boolean withPsf() {
        return this == PSF_EMPLOYEE || this == PSF_DIRECTOR || this == PSF_OFFICER;
    }
}
