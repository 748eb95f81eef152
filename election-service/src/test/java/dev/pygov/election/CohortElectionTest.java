package dev.pygov.election;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.BallotService;
import dev.pygov.election.domain.CertificationService;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.CouncilService;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.MemberAffiliation;
import dev.pygov.election.domain.Phase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;

/**
 * After a whole-council election, a Cohort B election: Cohort A's continuing councillors count toward the
 * employer limit, Cohort B's previous holders' terms end, and a by-election completes the cohort's term.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class CohortElectionTest {

    @Inject
    ElectionService elections;
    @Inject
    BallotService ballots;
    @Inject
    CertificationService certification;
    @Inject
    ObjectMapper json;
    @Inject
    CouncilService council;

    @Test
    void continuingCouncillorsCountTowardTheEmployerLimitAndTermsFollowTheCohort() throws Exception {
        String p = "co-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String bigCo = p + "BigCo";
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // The whole council: Ann and Ben (both BigCo) take Cohort A.
        Map<String, String> first = candidates(p, "Ann", "Ben", "Cat", "Dan", "Eli");
        employ(first.get("Ann"), bigCo);
        employ(first.get("Ben"), bigCo);
        Election whole = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, p + "ro", p + "ed", t0);
        Instant certified = run(whole.id, p + "ro", first, t0);
        assertThat(seatsOf(whole.id)).containsExactly("Ann:A", "Ben:A", "Cat:B", "Dan:B", "Eli:B");

        // A year on, Cohort B is elected; Zoe (BigCo) ranks first but BigCo already has two councillors.
        Instant t1 = certified.plus(Duration.ofDays(330));
        Map<String, String> second = candidates(p, "Zoe", "Yan", "Xia", "Wes");
        employ(second.get("Zoe"), bigCo);
        Election cohortB = elections.create(ElectionKind.COHORT, "B", null, p + "ro", p + "ed", t1);
        assertThat(cohortB.seats).isEqualTo(3);
        Instant certifiedB = run(cohortB.id, p + "ro", second, t1);
        assertThat(seatsOf(cohortB.id)).containsExactly("Yan:B", "Xia:B", "Wes:B");
        JsonNode result = json.readTree(given().get("/elections/" + cohortB.id + "/result").then().statusCode(200).extract().asString());
        assertThat(result.at("/count/council/disqualified/0/candidate").asText()).isEqualTo("Zoe");
        assertThat(result.get("continuingCouncillors")).hasSize(2);

        given().get("/council/seats").then().statusCode(200).body("", hasSize(5));
        List<CouncilSeat> current = QuarkusTransaction.requiringNew().call(CouncilSeat::current);
        assertThat(current).extracting(s -> s.displayName).containsExactlyInAnyOrder("Ann", "Ben", "Yan", "Xia", "Wes");
        CouncilSeat yan = current.stream().filter(s -> s.displayName.equals("Yan")).findFirst().orElseThrow();
        assertThat(yan.termEnd).isEqualTo(certifiedB.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
        List<CouncilSeat> ended = QuarkusTransaction.requiringNew().call(() ->
                CouncilSeat.<CouncilSeat>list("electionId = ?1 and cohort = 'B'", whole.id));
        assertThat(ended).allSatisfy(s -> assertThat(s.endedAt).isEqualTo(certifiedB));

        // Wes resigns (not yet modelled as an event here): a by-election fills one Cohort B seat until the cohort's term ends.
        QuarkusTransaction.requiringNew().run(() -> CouncilSeat.<CouncilSeat>find("displayName = 'Wes' and endedAt is null")
                .firstResult().endedAt = certifiedB.plus(Duration.ofDays(10)));
        Instant t2 = certifiedB.plus(Duration.ofDays(20));
        Map<String, String> third = candidates(p, "Val");
        Election by = elections.create(ElectionKind.BY_ELECTION, "B", 1, p + "ro", p + "ed", t2);
        run(by.id, p + "ro", third, t2);
        CouncilSeat val = QuarkusTransaction.requiringNew().call(() ->
                CouncilSeat.<CouncilSeat>find("electionId = ?1", by.id).firstResult());
        assertThat(val.termEnd).isEqualTo(yan.termEnd);
        assertThat(val.seatId).isEqualTo("B-3");
    }

    @Test
    void aByElectionFillsTheCohortsVacanciesAndCertificationNeverSeatsMoreThanTheCouncilHas() throws Exception {
        String p = "byv-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Council.Seated c = Council.seat(elections, p, List.of("Ann", "Ben", "Cat", "Dan", "Eli"));
        Instant t = c.start();
        long before = QuarkusTransaction.requiringNew().call(() -> Election.count());
        assertThatThrownBy(() -> elections.create(ElectionKind.BY_ELECTION, "A", null, p + "ro", p + "ed", t))
                .as("cohort A is full").isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("no-vacancy");
                    assertThat(e.field()).isEqualTo("cohort");
                });
        assertThat(QuarkusTransaction.requiringNew().call(() -> Election.count())).isEqualTo(before);

        council.resign(c.id("Ben"), t.plusSeconds(60));
        assertThatThrownBy(() -> elections.create(ElectionKind.BY_ELECTION, "A", 2, p + "ro", p + "ed", t.plusSeconds(90)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("seats"));
        Election by = elections.create(ElectionKind.BY_ELECTION, "A", null, p + "ro", p + "ed", t.plusSeconds(120));
        assertThat(by.seats).as("the cohort's one vacancy").isEqualTo(1);

        countWithEveryCandidateVoting(by.id, p + "ro", candidates(p, "Val", "Wyn"));
        // Before the officer certifies, the vacancy is filled another way (here straight into the database).
        String benSeat = c.seatIds().get("Ben");
        QuarkusTransaction.requiringNew().run(() -> {
            CouncilSeat rae = new CouncilSeat();
            rae.id = UUID.randomUUID();
            rae.seatId = benSeat;
            rae.cohort = "A";
            rae.personId = p + "rae";
            rae.displayName = "Rae";
            rae.electionId = c.electionId();
            rae.termStart = t.plusSeconds(180);
            rae.termEnd = c.termEnds().get("Ben");
            rae.persist();
        });
        certification.certify(by.id, p + "ro", t.plus(Duration.ofDays(30)));

        List<CouncilSeat> held = QuarkusTransaction.requiringNew().call(CouncilSeat::current);
        assertThat(held).as("never more seats held than the rulebook's council").hasSize(5);
        assertThat(held).extracting(s -> s.seatId).doesNotContain("A-3");
        JsonNode result = json.readTree(given().get("/elections/" + by.id + "/result").then().statusCode(200).extract().asString());
        assertThat(result.get("seated")).isEmpty();
        assertThat(result.at("/unseated/0/ballotName").asText()).isEqualTo("Val");
    }

    /** Runs an election from schedule to certification with every candidate voting in name order; returns when certified. */
    private Instant run(UUID id, String officer, Map<String, String> candidates, Instant opens) {
        countWithEveryCandidateVoting(id, officer, candidates);
        Instant certifiedAt = opens.plus(Duration.ofDays(29));
        certification.certify(id, officer, certifiedAt);
        return certifiedAt;
    }

    private void countWithEveryCandidateVoting(UUID id, String officer, Map<String, String> candidates) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        elections.schedule(id, officer, now, now);
        elections.advance(now);
        candidates.forEach((name, personId) -> elections.nominate(id, personId, name, "statement", now));
        elections.advance(now.plus(Duration.ofDays(14)));
        Map<String, Integer> stars = new LinkedHashMap<>();
        int score = 5;
        for (String personId : candidates.values()) {
            stars.put(personId, Math.max(score--, 0));
        }
        candidates.values().forEach(voter -> ballots.cast(id, voter, stars));
        elections.advance(now.plus(Duration.ofDays(28)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> elections.get(id).phase)).isEqualTo(Phase.COUNTED);
    }

    private static Map<String, String> candidates(String prefix, String... names) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : names) {
            ids.put(name, prefix + name.toLowerCase());
            Members.member(prefix + name.toLowerCase(), name);
        }
        return ids;
    }

    private static void employ(String personId, String entity) {
        QuarkusTransaction.requiringNew().run(() -> {
            MemberAffiliation affiliation = new MemberAffiliation();
            affiliation.id = new MemberAffiliation.Key(personId, entity, "employee");
            affiliation.entityRootId = entity;
            affiliation.persist();
        });
    }

    private static List<String> seatsOf(UUID electionId) {
        return QuarkusTransaction.requiringNew().call(() -> CouncilSeat.<CouncilSeat>list("electionId = ?1 order by termStart, cohort, seatId", electionId)
                .stream().map(s -> s.displayName + ":" + s.cohort).toList());
    }
}
