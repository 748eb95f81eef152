package dev.pygov.election;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.election.domain.BallotService;
import dev.pygov.election.domain.CertificationService;
import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.Phase;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.AffiliationChanged;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.tally.cli.RecountCli;
import dev.pygov.tally.council.Affiliation;
import dev.pygov.tally.council.Cohort;
import dev.pygov.tally.council.ContinuingCouncillor;
import dev.pygov.tally.council.CouncilOutcome;
import dev.pygov.tally.council.CouncilRules;
import dev.pygov.tally.council.Entity;
import dev.pygov.tally.council.SeatedCouncillor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A whole-council election end to end against the real PostgreSQL and Kafka: the roll and affiliations arrive as
 * membership events, nominations, a frozen roll, ballots (some replaced), a count with an employer-limit
 * disqualification and cohorts, certification, seats; the published files recount to the same council.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class WholeCouncilElectionTest {

    @Inject
    ElectionService elections;
    @Inject
    BallotService ballots;
    @Inject
    CertificationService certification;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Test
    void aWholeCouncilElectionRunsFromNominationsToSeatsAndRecountsFromThePublishedFiles() throws Exception {
        String p = "wc-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> candidateNames = List.of("Ada", "Brett", "Carol", "Deb", "Eve", "Finn", "Gus");
        Map<String, String> candidates = new LinkedHashMap<>();
        candidateNames.forEach(n -> candidates.put(n, p + n.toLowerCase()));
        List<String> voters = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            voters.add(p + "voter" + i);
        }
        candidates.forEach((name, id) -> Members.publishMember(id, name));
        voters.forEach(id -> Members.publishMember(id, "Voter " + id.substring(id.length() - 2)));
        Members.publishMember(p + "idle", "Idle Member");
        Members.publish(new PersonRegistered(p + "outsider", "Outsider", "Outsider", "outsider@example.org"));
        // Ada and Brett work for BigCo (Brett through a subsidiary), Carol is significantly affiliated with it.
        Members.publishEmployee(candidates.get("Ada"), "BigCo", "BigCo");
        Members.publishEmployee(candidates.get("Brett"), "BigCo Labs", "BigCo");
        Members.publish(new AffiliationChanged(candidates.get("Carol"), "BigCo", "BigCo", "BigCo", "affiliated", LocalDate.parse("2021-05-01"), null));
        Members.publish(new AffiliationChanged(candidates.get("Deb"), "PSF", "PSF", "PSF", "psf-member", LocalDate.parse("2019-01-01"), null));
        Members.awaitMember(p + "idle");
        Members.awaitAffiliation(candidates.get("Deb"));

        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Election created = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, p + "ro", p + "ed", t0);
        UUID id = created.id;
        assertThat(created.seats).isEqualTo(5);
        assertThat(created.rulebookVersion).isEqualTo(1);
        elections.schedule(id, p + "ro", t0, t0);
        elections.advance(t0);
        assertThat(phase(id)).isEqualTo(Phase.NOMINATIONS_OPEN);

        candidates.forEach((name, personId) -> elections.nominate(id, personId, null, "I will serve, " + name, t0));
        elections.withdraw(id, candidates.get("Gus"), t0.plusSeconds(60));
        assertThatThrownBy(() -> elections.nominate(id, p + "outsider", null, "let me in", t0))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("nominee"));
        assertThat(elections.candidates(id)).extracting(c -> c.ballotName).containsExactly("Ada", "Brett", "Carol", "Deb", "Eve", "Finn");

        Instant votingOpens = t0.plus(Duration.ofDays(14));
        // Other tests' elections share this database and may fall due too: what counts is that this one waits.
        elections.advance(votingOpens.minusSeconds(1));
        assertThat(phase(id)).as("voting does not open a second early").isEqualTo(Phase.NOMINATIONS_OPEN);
        elections.advance(votingOpens);
        Election voting = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        assertThat(voting.phase).isEqualTo(Phase.VOTING_OPEN);
        assertThat(voting.votingCloseAt).isEqualTo(t0.plus(Duration.ofDays(28)));
        assertThat(voting.seedCommitment).hasSize(64);
        assertThatThrownBy(() -> elections.nominate(id, candidates.get("Gus"), null, "back again", votingOpens))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("nominations-closed"));

        // Joining after voting opened does not put anyone on this roll.
        Members.publishMember(p + "late", "Late Joiner");
        Members.awaitMember(p + "late");
        List<String> roll = given().get("/elections/" + id + "/roll").then().statusCode(200).extract().jsonPath().getList("", String.class);
        assertThat(roll).contains("Ada", "Idle Member", "Voter 10").doesNotContain("Late Joiner", "Outsider");

        Map<String, Integer> preferred = scores(candidates, 5, 4, 3, 2, 1, 0);
        Map<String, Integer> forFinn = Map.of(candidates.get("Finn"), 5);
        List<String> keysToReplace = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            boolean changesTheirMind = i >= 8;
            BallotService.Receipt receipt = ballots.cast(id, voters.get(i), changesTheirMind ? forFinn : preferred);
            assertThat(receipt.tracker()).hasSize(64).isNotEqualTo(receipt.ballotKey());
            if (changesTheirMind) {
                keysToReplace.add(receipt.ballotKey());
            }
        }
        assertThat(distinctWritersOfBallots(id)).as("every slot last written by the same transaction").isEqualTo(1);
        for (int i = 0; i < keysToReplace.size(); i++) {
            ballots.replace(id, voters.get(8 + i), keysToReplace.get(i), preferred);
        }
        assertThat(ballots.lookup(id, keysToReplace.get(0)).scores()).isEqualTo(preferred);
        assertThatThrownBy(() -> ballots.cast(id, voters.get(0), preferred))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("already-voted"));
        assertThatThrownBy(() -> ballots.cast(id, p + "late", preferred))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("voter"));

        Instant votingCloses = t0.plus(Duration.ofDays(28));
        elections.advance(votingCloses);
        assertThat(phase(id)).isEqualTo(Phase.COUNTED);
        elections.advance(votingCloses.plusSeconds(3600));
        assertThat(phase(id)).as("nothing further happens by itself").isEqualTo(Phase.COUNTED);

        Instant certifiedAt = votingCloses.plus(Duration.ofDays(1));
        certification.certify(id, p + "ro", certifiedAt);
        assertThat(phase(id)).isEqualTo(Phase.CERTIFIED);

        List<CouncilSeat> seats = QuarkusTransaction.requiringNew().call(() ->
                CouncilSeat.<CouncilSeat>list("electionId = ?1 order by seatId", id));
        assertThat(seats).extracting(s -> s.displayName + ":" + s.seatId)
                .containsExactly("Ada:A-1", "Brett:A-2", "Deb:B-1", "Eve:B-2", "Finn:B-3");
        CouncilSeat ada = seats.get(0);
        CouncilSeat deb = seats.get(2);
        assertThat(ada.termEnd).isEqualTo(certifiedAt.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
        assertThat(deb.termEnd).isEqualTo(certifiedAt.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant());

        JsonNode published = json.readTree(given().get("/elections/" + id + "/result").then().statusCode(200).extract().asString());
        assertThat(published.get("ballotsCast").asInt()).isEqualTo(10);
        assertThat(published.get("electorateSize").asInt()).isGreaterThanOrEqualTo(18);
        assertThat(published.get("rulebookVersion").asInt()).isEqualTo(1);
        assertThat(published.at("/count/council/disqualified/0/candidate").asText()).isEqualTo("Carol");
        assertThat(published.at("/count/council/disqualified/0/entity").asText()).isEqualTo("BigCo");
        String report = given().get("/elections/" + id + "/report").then().statusCode(200).extract().asString();
        assertThat(report).contains("Carol").contains("Ballots cast: 10");

        assertRecountGivesTheSameCouncil(id, published);
        assertBallotsSealedInTrackerOrder(id);
        assertEventsPublished(id, p, voters);
    }

    private void assertRecountGivesTheSameCouncil(UUID id, JsonNode published) throws Exception {
        String csv = given().get("/elections/" + id + "/ballots.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("ballotID,Ada,Brett,Carol,Deb,Eve,Finn");
        assertThat(csv.lines().count()).isEqualTo(11);
        Path file = Files.createTempFile("ballots", ".csv");
        Files.writeString(file, csv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RecountCli.run(new String[] {"--method", published.get("method").asText(),
                "--seats", Integer.toString(Math.min(published.get("seats").asInt(), published.get("candidates").size())),
                "--tiebreak", published.get("tieBreakProtocol").asText(), "--final", published.get("finalStep").asText(),
                "--max-score", published.get("maxScore").asText(), "--json", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isEqualTo(RecountCli.DECIDED);
        JsonNode recount = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(recount.get("winners")).isEqualTo(published.at("/count/tally/winners"));

        Map<String, List<Affiliation>> affiliations = new LinkedHashMap<>();
        for (JsonNode candidate : published.get("candidates")) {
            affiliations.put(candidate.get("ballotName").asText(),
                    json.convertValue(candidate.get("affiliations"), new TypeReference<List<Affiliation>>() { }));
        }
        CouncilOutcome council = CouncilRules.seat(
                json.convertValue(recount.get("ranking"), new TypeReference<List<String>>() { }), affiliations,
                json.convertValue(published.get("entities"), new TypeReference<List<Entity>>() { }),
                json.convertValue(published.get("continuingCouncillors"), new TypeReference<List<ContinuingCouncillor>>() { }),
                published.get("employerLimit").asInt(),
                json.convertValue(published.get("cohorts"), new TypeReference<List<Cohort>>() { }));
        List<String> publishedSeats = new ArrayList<>();
        published.get("seated").forEach(s -> publishedSeats.add(s.get("ballotName").asText() + "/" + s.get("cohort").asText()));
        assertThat(council.seated()).extracting(s -> s.candidate() + "/" + s.cohort()).isEqualTo(publishedSeats);
    }

    private void assertBallotsSealedInTrackerOrder(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> byPosition = em.createNativeQuery("SELECT tracker FROM ballot WHERE election_id = :e ORDER BY ctid")
                    .setParameter("e", id).getResultList();
            assertThat(byPosition).hasSize(10).isSorted();
            @SuppressWarnings("unchecked")
            List<String> ballotColumns = em.createNativeQuery(
                    "SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_name = 'ballot'").getResultList();
            assertThat(ballotColumns).noneMatch(c -> c.contains("person") || c.contains("timestamp") || c.contains("date"));
        });
        assertThat(distinctWritersOfBallots(id)).isEqualTo(1);
    }

    private void assertEventsPublished(UUID id, String prefix, List<String> voters) {
        String key = id.toString();
        var phases = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> key.equals(r.key()) && r.value().contains("election-phase-changed"), 6, Duration.ofSeconds(30));
        assertThat(phases).extracting(r -> EventCodec.read(r.value()).data().get("phase").asText())
                .containsExactly("draft", "nominations-open", "voting-open", "closed", "counted", "certified");
        var participation = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> key.equals(r.key()) && r.value().contains("ballot-participation-recorded"), 10, Duration.ofSeconds(30));
        assertThat(participation).hasSize(10);
        List<String> who = new ArrayList<>();
        for (var record : participation) {
            CloudEvent event = EventCodec.read(record.value());
            List<String> fields = new ArrayList<>();
            event.data().fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("voteId", "personId");
            who.add(event.data().get("personId").asText());
        }
        assertThat(who).containsExactlyInAnyOrderElementsOf(voters);
        var seated = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> r.value().contains("council-seat-changed") && r.value().contains("\"seated\"") && r.value().contains(prefix),
                5, Duration.ofSeconds(30));
        assertThat(seated).hasSize(5);
        var certified = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> key.equals(r.key()) && r.value().contains("election-certified"), 1, Duration.ofSeconds(30));
        assertThat(EventCodec.read(certified.get(0).value()).data().get("seats")).hasSize(5);
    }

    private long distinctWritersOfBallots(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(DISTINCT xmin::text) FROM ballot WHERE election_id = :e").setParameter("e", id).getSingleResult()).longValue());
    }

    private Phase phase(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> elections.get(id).phase);
    }

    private static Map<String, Integer> scores(Map<String, String> candidates, int... stars) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(candidates.values());
        for (int i = 0; i < stars.length; i++) {
            scores.put(ids.get(i), stars[i]);
        }
        return scores;
    }
}
