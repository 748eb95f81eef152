package dev.pygov.commons.security;

/** Realm roles as issued by the OIDC provider (k8s/keycloak/pygov-realm.json); membership-service is their authority. */
public final class Roles {
    public static final String BASIC_MEMBER = "basic-member";
    public static final String VOTING_MEMBER = "voting-member";
    public static final String DIRECTOR = "director";
    public static final String OFFICER = "officer";
    public static final String EXECUTIVE_DIRECTOR = "executive-director";
    public static final String COUNCIL_MEMBER = "council-member";
    public static final String RETURNING_OFFICER = "returning-officer";
    public static final String PACKAGING_MEMBER = "packaging-member";
    /** Operators of the platform: outbox backlog, parked mail. */
    public static final String ADMIN = "pygov-admin";

    private Roles() {
    }
}
