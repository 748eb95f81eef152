package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.Candidate;
import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.CouncilService;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who starts an election (decision 0521): the Executive Director the initial one and the officer after a
 * dissolution, nothing else; and a Returning Officer does not stand in the election they run.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ElectionStartsApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> FIVE = List.of("Ann", "Ben", "Cat", "Dan", "Eli");

    @Inject
    ElectionService elections;
    @Inject
    CouncilService council;

    @Test
    @TestSecurity(user = "start-ed", roles = "executive-director")
    void theExecutiveDirectorCreatesTheInitialElectionAndNoOther() {
        // The tests share one database: the platform this test stands for has never seated a council.
        QuarkusTransaction.requiringNew().run(() -> CouncilSeat.deleteAll());
        given().contentType(ContentType.JSON).body(Map.of("kind", "whole-council", "returningOfficerId", "start-ro"))
                .post("/elections").then().statusCode(201)
                .body("phase", equalTo("draft")).body("seats", equalTo(5)).body("rulebookVersion", equalTo(1))
                .body("returningOfficerId", equalTo("start-ro"));

        long before = electionCount();
        given().contentType(ContentType.JSON).body(Map.of("kind", "cohort", "returningOfficerId", "start-ro"))
                .post("/elections").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("kind"))
                .body("type", equalTo("https://pygov.dev/problems/not-the-initial-election"));

        assertThat(electionCount()).isEqualTo(before);

        Council.seat(elections, "start-", FIVE);
        long seated = electionCount();
        given().contentType(ContentType.JSON).body(Map.of("kind", "whole-council", "returningOfficerId", "start-ro"))
                .post("/elections").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("kind"))
                .body("type", equalTo("https://pygov.dev/problems/not-the-initial-election"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "by-election", "returningOfficerId", "start-ro"))
                .post("/elections").then().statusCode(422).contentType(PROBLEM).body("field", equalTo("kind"));
        assertThat(electionCount()).as("a refused election is not created").isEqualTo(seated);
    }

    @Test
    @TestSecurity(user = "startd-ed", roles = "executive-director")
    void theExecutiveDirectorNamesTheOfficerOnlyOfTheElectionADissolutionLeftWithoutOne() {
        Council.seat(elections, "startd-", FIVE);
        Instant now = Instant.now();
        UUID nominated = elections.create(ElectionKind.COHORT, "B", null, "startd-officer", "council motion 42", now).id;
        given().contentType(ContentType.JSON).body(Map.of("returningOfficerId", "startd-friend"))
                .put("/elections/" + nominated + "/returning-officer").then().statusCode(422).contentType(PROBLEM)
                .body("field", equalTo("returningOfficerId"))
                .body("type", equalTo("https://pygov.dev/problems/officer-already-named"));
        assertThat(election(nominated).returningOfficerId).isEqualTo("startd-officer");

        UUID afterDissolution = QuarkusTransaction.requiringNew().call(() -> council.dissolve("no-confidence vote startd", now).id);
        assertThat(election(afterDissolution).returningOfficerId).isNull();
        given().contentType(ContentType.JSON).body(Map.of("returningOfficerId", "startd-officer"))
                .put("/elections/" + afterDissolution + "/returning-officer").then().statusCode(200)
                .body("returningOfficerId", equalTo("startd-officer"));
        assertThat(election(afterDissolution).appointedBy).isEqualTo("startd-ed");
        given().contentType(ContentType.JSON).body(Map.of("returningOfficerId", "startd-friend"))
                .put("/elections/" + afterDissolution + "/returning-officer").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://pygov.dev/problems/officer-already-named"));
        assertThat(election(afterDissolution).returningOfficerId).isEqualTo("startd-officer");
    }

    @Test
    @TestSecurity(user = "starto-ro", roles = "returning-officer")
    void theReturningOfficerDoesNotStandInTheElectionTheyRun() {
        Members.member("starto-ro", "Rory Officer");
        Instant now = Instant.now();
        UUID id = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, "starto-ro", "starto-ed", now).id;
        elections.schedule(id, "starto-ro", now, now);
        elections.advance(now);
        given().contentType(ContentType.JSON).body(Map.of("statement", "I would run and stand"))
                .post("/elections/" + id + "/nominations").then().statusCode(422).contentType(PROBLEM)
                .body("field", equalTo("nominee"))
                .body("type", equalTo("https://pygov.dev/problems/returning-officer-cannot-stand"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Candidate.standing(id))).isEmpty();
    }

    private Election election(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> elections.get(id));
    }

    private static long electionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Election.count());
    }
}
