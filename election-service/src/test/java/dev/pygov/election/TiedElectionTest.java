package dev.pygov.election;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.BallotService;
import dev.pygov.election.domain.CertificationService;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.MemberAffiliation;
import dev.pygov.election.domain.Phase;
import dev.pygov.election.domain.TieService;
import dev.pygov.election.domain.Trackers;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import dev.pygov.tally.FinalStep;
import dev.pygov.tally.cli.RecountCli;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Eve and Finn get the same stars on every ballot: the fifth seat is an unresolved tie, settled once by agreement, once by the draw. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class TiedElectionTest {

    private static final Rulebook RULES = Rulebooks.seeded();

    private static final List<String> NAMES = List.of("Ada", "Brett", "Carol", "Deb", "Eve", "Finn");

    @Inject
    ElectionService elections;
    @Inject
    BallotService ballots;
    @Inject
    TieService ties;
    @Inject
    CertificationService certification;
    @Inject
    ObjectMapper json;

    @Test
    void theTiedCandidatesAgreeOnAnOrderEachThroughTheirOwnAccount() throws Exception {
        Tied election = tiedElection();
        String eve = election.ids.get("Eve");
        String finn = election.ids.get("Finn");
        given().get("/elections/" + election.id + "/tie").then().statusCode(200);

        assertThatThrownBy(() -> ties.agree(election.id, election.ids.get("Ada"), List.of(finn, eve), election.now))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> ties.agree(election.id, eve, List.of(finn), election.now))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("order"));
        assertThat(ties.agree(election.id, eve, List.of(finn, eve), election.now)).isFalse();
        assertThat(phase(election.id)).isEqualTo(Phase.TIE_PENDING);
        assertThat(ties.agree(election.id, finn, List.of(finn, eve), election.now)).isTrue();
        assertThat(phase(election.id)).isEqualTo(Phase.COUNTED);

        JsonNode published = certify(election);
        assertThat(published.get("finalStep").asText()).startsWith("order:Finn,Eve,");
        assertThat(published.get("seated").get(4).get("ballotName").asText()).isEqualTo("Finn");
        assertThat(recountWinners(election.id, published)).containsExactly("Ada", "Brett", "Carol", "Deb", "Finn");
    }

    @Test
    void theReturningOfficerDrawsWithTheSeedCommittedWhenVotingOpened() throws Exception {
        Tied election = tiedElection();
        String commitment = QuarkusTransaction.requiringNew().call(() -> elections.get(election.id).seedCommitment);
        given().get("/elections/" + election.id).then().statusCode(200).body("seed", nullValue());
        assertThatThrownBy(() -> ties.draw(election.id, "someone-else", election.now))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        Instant agreementUntil = QuarkusTransaction.requiringNew().call(() -> elections.get(election.id).tieAgreementUntil);
        assertThat(agreementUntil).as("the rulebook's agreement window from the count")
                .isEqualTo(election.now.minusSeconds(60).plus(Duration.ofDays(RULES.councilElection().tieBreak().agreementDays())));
        given().get("/elections/" + election.id).then().statusCode(200).body("tieAgreementUntil", equalTo(agreementUntil.toString()));
        assertThatThrownBy(() -> ties.draw(election.id, election.officer, election.now))
                .as("agreement comes first").isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("agreement-window-open");
                    assertThat(e.status()).isEqualTo(409);
                });
        assertThatThrownBy(() -> ties.cannotAgree(election.id, election.ids.get("Ada"), election.now))
                .as("only the tied candidates declare").isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        ties.cannotAgree(election.id, election.ids.get("Eve"), election.now);
        assertThatThrownBy(() -> ties.draw(election.id, election.officer, election.now))
                .as("Finn may still agree").isInstanceOf(ProblemException.class);
        assertThat(phase(election.id)).isEqualTo(Phase.TIE_PENDING);
        ties.cannotAgree(election.id, election.ids.get("Finn"), election.now);

        ties.draw(election.id, election.officer, election.now);
        assertThat(phase(election.id)).isEqualTo(Phase.COUNTED);
        JsonNode published = certify(election);
        String seed = published.get("seed").asText();
        assertThat(Trackers.commitmentOf(seed)).isEqualTo(commitment).isEqualTo(published.get("seedCommitment").asText());
        String drawn = FinalStep.seed(seed).priority(List.of("Eve", "Finn")).get(0);
        assertThat(published.get("seated").get(4).get("ballotName").asText()).isEqualTo(drawn);
        assertThat(recountWinners(election.id, published)).containsExactly("Ada", "Brett", "Carol", "Deb", drawn);
    }

    @Test
    void afterTheAgreementWindowTheOfficerDrawsWithoutAnyDeclaration() throws Exception {
        Tied election = tiedElection();
        Instant agreementUntil = QuarkusTransaction.requiringNew().call(() -> elections.get(election.id).tieAgreementUntil);
        assertThatThrownBy(() -> ties.draw(election.id, election.officer, agreementUntil.minusSeconds(1)))
                .isInstanceOf(ProblemException.class);
        // Finn takes a job after voting closed: the recount reads affiliations as they stood at the close (0505).
        QuarkusTransaction.requiringNew().run(() -> {
            MemberAffiliation job = new MemberAffiliation();
            job.id = new MemberAffiliation.Key(election.ids.get("Finn"), "LaterCo", "employee");
            job.entityRootId = "LaterCo";
            job.since = LocalDate.ofInstant(election.now, ZoneOffset.UTC).plusDays(1);
            job.persist();
        });
        ties.draw(election.id, election.officer, agreementUntil);
        assertThat(phase(election.id)).isEqualTo(Phase.COUNTED);
        JsonNode published = certify(election);
        JsonNode finn = null;
        for (JsonNode candidate : published.get("candidates")) {
            if (candidate.get("ballotName").asText().equals("Finn")) {
                finn = candidate;
            }
        }
        assertThat(finn).isNotNull();
        assertThat(finn.get("affiliations")).as("the job began after voting closed").isEmpty();
    }

    @Test
    @TestSecurity(user = "tie-eve-account", roles = "packaging-member")
    void aTiedCandidateAgreesThroughTheirOwnAccount() {
        Tied election = tiedElection("tie-eve-account");
        String url = "/elections/" + election.id + "/tie/agreement";
        String finn = election.ids.get("Finn");
        given().contentType(ContentType.JSON).body(Map.of("order", List.of(finn)))
                .post(url).then().statusCode(400).contentType("application/problem+json").body("field", equalTo("order"));
        given().contentType(ContentType.JSON).body(Map.of("order", List.of(finn, "tie-eve-account")))
                .post(url).then().statusCode(200).body("phase", equalTo("tie-pending"));
        ties.agree(election.id, finn, List.of(finn, "tie-eve-account"), election.now);
        given().get("/elections/" + election.id).then().statusCode(200).body("phase", equalTo("counted"))
                .body("finalStep", org.hamcrest.Matchers.startsWith("order:Finn,Eve,"));
    }

    private record Tied(UUID id, String officer, Map<String, String> ids, Instant now) {
    }

    private Tied tiedElection() {
        return tiedElection(null);
    }

    /** @param eve Eve's person id, when a test acts as her; otherwise every id is fresh */
    private Tied tiedElection(String eve) {
        String p = "tie-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Map<String, String> ids = new LinkedHashMap<>();
        NAMES.forEach(n -> {
            String id = n.equals("Eve") && eve != null ? eve : p + n.toLowerCase();
            ids.put(n, id);
            Members.member(id, n);
        });
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Election election = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, p + "ro", p + "ed", t0);
        elections.schedule(election.id, p + "ro", t0, t0);
        elections.advance(t0);
        ids.forEach((name, id) -> elections.nominate(election.id, id, name, "statement of " + name, t0));
        elections.advance(t0.plus(Duration.ofDays(14)));
        Map<String, Integer> stars = new LinkedHashMap<>();
        int[] given = {5, 4, 3, 2, 1, 1};
        for (int i = 0; i < NAMES.size(); i++) {
            stars.put(ids.get(NAMES.get(i)), given[i]);
        }
        ids.values().forEach(voter -> ballots.cast(election.id, voter, stars));
        Instant closes = t0.plus(Duration.ofDays(28));
        elections.advance(closes);
        assertThat(phase(election.id)).isEqualTo(Phase.TIE_PENDING);
        assertThat(ties.pendingTie(QuarkusTransaction.requiringNew().call(() -> elections.get(election.id))).candidates())
                .containsExactlyInAnyOrder("Eve", "Finn");
        return new Tied(election.id, p + "ro", ids, closes.plusSeconds(60));
    }

    private JsonNode certify(Tied election) throws Exception {
        given().get("/elections/" + election.id + "/result").then().statusCode(409).contentType("application/problem+json");
        certification.certify(election.id, election.officer, election.now.plusSeconds(60));
        return json.readTree(given().get("/elections/" + election.id + "/result").then().statusCode(200).extract().asString());
    }

    private List<String> recountWinners(UUID id, JsonNode published) throws Exception {
        Path file = Files.createTempFile("tied", ".csv");
        Files.writeString(file, given().get("/elections/" + id + "/ballots.csv").then().statusCode(200).extract().asString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RecountCli.run(new String[] {"--method", published.get("method").asText(), "--seats", "5",
                "--tiebreak", published.get("tieBreakProtocol").asText(), "--final", published.get("finalStep").asText(),
                "--json", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isEqualTo(RecountCli.DECIDED);
        return json.convertValue(json.readTree(out.toString(StandardCharsets.UTF_8)).get("winners"),
                json.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private Phase phase(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> elections.get(id).phase);
    }
}
