package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * People the fault tests add, beyond the demo logins: a Keycloak user each (as an operator adds one), registered in
 * membership-service and, when asked, on the Packaging community roster, as officers record initial members.
 */
final class FaultPeople {

    /** One person, with a token refreshed before Keycloak's five minutes run out. */
    static final class Person {
        final String username;
        final String password;
        final String subject;
        final String email;
        private String token;
        private Instant tokenAt = Instant.EPOCH;

        Person(String username, String password, String subject, String email) {
            this.username = username;
            this.password = password;
            this.subject = subject;
            this.email = email;
        }

        synchronized String token() {
            if (token == null || tokenAt.isBefore(Instant.now().minus(Duration.ofMinutes(3)))) {
                token = PlatformExtension.platform().keycloak().passwordGrant(username, password);
                tokenAt = Instant.now();
            }
            return token;
        }

        String displayName() {
            return "Fault " + username;
        }
    }

    private static final Person OFFICER = new Person("officer1", "officer1-pw", null, "officer1@pygov.test");

    private FaultPeople() {
    }

    /** officer1's token, fresh enough (the fault tests outlast one five-minute token). */
    static String officerToken() {
        return OFFICER.token();
    }

    /** Keycloak users holding {@code packaging-member}, not yet known to membership-service. */
    static List<Person> inKeycloak(String prefix, int count) {
        RunningPlatform platform = PlatformExtension.platform();
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = prefix + "-" + run + "-" + i;
            String email = username + "@pygov.test";
            String password = username + "-pw";
            String subject = platform.keycloak().createUser(username, password, email, List.of("packaging-member"));
            people.add(new Person(username, password, subject, email));
        }
        return people;
    }

    /** Keycloak users registered in membership-service and on the roster, known to election-service's projection. */
    static List<Person> communityMembers(String prefix, int count) {
        List<Person> people = inKeycloak(prefix, count);
        people.forEach(person -> {
            register(person);
            joinRoster(person);
        });
        awaitInElectionService(people);
        return people;
    }

    static void register(Person person) {
        given().auth().oauth2(officerToken()).contentType("application/json")
                .body("{\"subject\":\"%s\",\"name\":\"%s\",\"displayName\":\"%s\",\"email\":\"%s\"}"
                        .formatted(person.subject, person.displayName(), person.displayName(), person.email))
                .post(membership() + "/people").then().statusCode(201);
    }

    /**
     * As an admin's correction with its reason: another test class may already have certified a council election on
     * this shared platform, which ends initial membership (decision 0409).
     */
    static void joinRoster(Person person) {
        given().auth().oauth2(Tokens.fresh("admin1")).contentType("application/json")
                .body("{\"personId\":\"%s\",\"joinSource\":\"pypa-member\",\"qualification\":\"commit bit on a PyPA project\",\"reason\":\"fault test community\"}"
                        .formatted(person.subject))
                .post(membership() + "/roster").then().statusCode(201);
    }

    /** Waits until election-service's community projection holds every one of them as an active roster member. */
    static void awaitInElectionService(List<Person> people) {
        Await.until("election-service knows " + people.size() + " new community members", Duration.ofSeconds(90),
                () -> onRosterInElectionService(people) == people.size());
    }

    /** How many rows election-service's community projection has for these people (on the roster, active). */
    static int onRosterInElectionService(List<Person> people) throws SQLException {
        return count("election", "SELECT count(*) FROM community_member WHERE on_roster AND status = 'active' AND person_id = ANY (?)",
                people.stream().map(p -> p.subject).toArray(String[]::new));
    }

    /** A read-only count over a service's database, to look at a projection from outside. */
    static int count(String database, String sql, String[] ids) throws SQLException {
        RunningPlatform platform = PlatformExtension.platform();
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(database), "postgres", "postgres");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", ids));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static String membership() {
        return PlatformExtension.platform().serviceUrl("membership");
    }
}
