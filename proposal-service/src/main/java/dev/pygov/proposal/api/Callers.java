package dev.pygov.proposal.api;

import dev.pygov.proposal.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;

/** Turns the authenticated caller into the domain's {@link Actor}. */
final class Callers {

    private Callers() {
    }

    static Actor actor(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), identity.getRoles());
    }
}
