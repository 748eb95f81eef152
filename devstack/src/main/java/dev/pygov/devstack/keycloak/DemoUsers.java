package dev.pygov.devstack.keycloak;

import java.util.List;
import java.util.NoSuchElementException;

/** The demo logins the devstack adds to the realm: every realm role is held by at least one of them. */
public final class DemoUsers {

    public static final List<DemoUser> ALL = List.of(
            user("ed", "Ed", "Director", "executive-director", "voting-member", "packaging-member"),
            user("director1", "Dana", "Board", "director", "voting-member"),
            user("officer1", "Olive", "Officer", "officer", "voting-member"),
            user("ro", "Rita", "Returning", "returning-officer", "packaging-member"),
            user("alice", "Alice", "Anders", "packaging-member", "voting-member"),
            user("bob", "Bob", "Baker", "packaging-member", "voting-member"),
            user("carol", "Carol", "Chen", "packaging-member", "voting-member"),
            user("dave", "Dave", "Diaz", "packaging-member", "voting-member"),
            user("erin", "Erin", "Eze", "packaging-member", "voting-member"),
            user("council1", "Cora", "Council", "council-member", "packaging-member", "voting-member"),
            user("basic1", "Basil", "Basic", "basic-member"),
            user("voter1", "Vera", "Voter", "voting-member"),
            user("admin1", "Ada", "Operator", "pygov-admin"));

    private DemoUsers() {
    }

    public static DemoUser named(String username) {
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No demo user " + username));
    }

    private static DemoUser user(String username, String firstName, String lastName, String... roles) {
        return new DemoUser(username, username + "-pw", firstName, lastName, List.of(roles));
    }
}
