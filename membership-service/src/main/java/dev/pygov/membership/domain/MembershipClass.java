package dev.pygov.membership.domain;

/** PSF membership classes. Every class but basic votes. */
public enum MembershipClass {
    BASIC, SUPPORTING, CONTRIBUTING, MANAGING, FELLOW;

    public boolean votes() {
        return this != BASIC;
    }
}
