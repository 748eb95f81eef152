package dev.pygov.devstack.keycloak;

import dev.pygov.devstack.demo.DemoWorld;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The demo logins the devstack adds to the realm. Their realm roles are the ones the {@link DemoWorld} gives them in
 * membership-service (one source, so that a token never says more or less than membership does), plus the roles
 * Keycloak alone decides ({@code pygov-admin}). Nobody sits on the council until a council election is certified.
 */
public final class DemoUsers {

    public static final List<DemoUser> ALL = List.of(
            user("ed", "Ed", "Director"),
            user("director1", "Dana", "Board"),
            user("officer1", "Olive", "Officer"),
            user("ro", "Rita", "Returning"),
            user("alice", "Alice", "Anders"),
            user("bob", "Bob", "Baker"),
            user("carol", "Carol", "Chen"),
            user("dave", "Dave", "Diaz"),
            user("erin", "Erin", "Eze"),
            user("council1", "Cora", "Council"),
            user("basic1", "Basil", "Basic"),
            user("voter1", "Vera", "Voter"),
            user("admin1", "Ada", "Operator", "pygov-admin"));

    private DemoUsers() {
    }

    public static DemoUser named(String username) {
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No demo user " + username));
    }

    private static DemoUser user(String username, String firstName, String lastName, String... keycloakOnlyRoles) {
        List<String> roles = new ArrayList<>(DemoWorld.rolesOf(DemoWorld.person(username)));
        roles.addAll(List.of(keycloakOnlyRoles));
        return new DemoUser(username, username + "-pw", firstName, lastName, List.copyOf(roles));
    }
}
