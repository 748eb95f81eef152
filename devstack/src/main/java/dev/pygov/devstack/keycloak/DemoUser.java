package dev.pygov.devstack.keycloak;

import java.util.List;

/** A devstack-only login. Never part of the realm shipped to operators. */
public record DemoUser(String username, String password, String firstName, String lastName, List<String> roles) {

    public String email() {
        return username + "@pygov.test";
    }
}
