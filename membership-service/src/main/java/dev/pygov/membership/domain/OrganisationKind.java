package dev.pygov.membership.domain;

/** Seed: a company (with its subsidiaries), or another incorporated entity such as a non-profit or educational institution. */
public enum OrganisationKind {
    COMPANY, NON_PROFIT, EDUCATIONAL
}
