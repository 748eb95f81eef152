package dev.pygov.election;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygov.commons.outbox.OutboxMessage;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.CouncilService;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.election.domain.Motion;
import dev.pygov.election.domain.MotionProposal;
import dev.pygov.election.domain.MotionService;
import dev.pygov.election.domain.MotionVote;
import dev.pygov.election.domain.Phase;
import dev.pygov.events.EventCodec;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.AffiliationChanged;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Council motions against the real PostgreSQL and Kafka, through the seed's edge cases: conflicts of interest, the
 * silent at the deadline, removal by two thirds of the seats, out-of-touch replacement, resignation and appointment,
 * the Returning Officer nominated by the council, and an employer-limit breach during a term.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class CouncilMotionTest {

    private static final List<String> FIVE = List.of("Ann", "Ben", "Cat", "Dan", "Eli");
    private static final Rulebook RULES = Rulebooks.seeded();

    @Inject
    MotionService motions;
    @Inject
    CouncilService council;
    @Inject
    ElectionService elections;

    @Test
    void aConflictedCouncillorMustAbstainAndTheMotionPassesWithTheMajorityOfTheRest() {
        Council.Seated c = Council.seat(elections, prefix("coi"), FIVE);
        Instant t = c.start();
        UUID id = motions.propose(c.id("Ann"), general("Adopt the wheel-tag policy"), t).id;

        assertThatThrownBy(() -> motions.vote(id, c.id("Cat"), "yes", true, t))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("vote"));
        assertThat(answer(id, c.id("Cat")).conflictOfInterest).as("a refused answer records nothing").isFalse();
        motions.vote(id, c.id("Cat"), "abstain", true, t);
        assertThatThrownBy(() -> motions.vote(id, c.id("Cat"), "yes", false, t.plusSeconds(60)))
                .as("the declaration stays on the record").isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.slug()).isEqualTo("conflict-of-interest"));

        motions.vote(id, c.id("Ann"), "yes", false, t);
        motions.vote(id, c.id("Ben"), "no", false, t);
        motions.vote(id, c.id("Ben"), "yes", false, t.plusSeconds(30));
        motions.vote(id, c.id("Dan"), "no", false, t);
        assertThat(motion(id).decided()).as("Eli's answer can still decide it").isFalse();
        given().get("/council/motions/" + id).then().statusCode(200).body("notYetAnswered.name", contains("Eli"));
        motions.vote(id, c.id("Eli"), "yes", false, t.plusSeconds(90));

        Motion decided = motion(id);
        assertThat(decided.passed).isTrue();
        assertThat(decided.decidedAt).as("decided by the last answer").isEqualTo(t.plusSeconds(90));
        assertThat(List.of(decided.yes, decided.no, decided.abstain, decided.silent)).containsExactly(3, 1, 1, 0);
        assertThat(decided.explanation).contains("conflict of interest: Cat");

        given().get("/council/motions/" + id).then().statusCode(200)
                .body("status", equalTo("passed"))
                .body("councillors.find { it.name == 'Cat' }.vote", equalTo("abstain"))
                .body("councillors.find { it.name == 'Cat' }.conflictOfInterest", equalTo(true))
                .body("councillors.find { it.name == 'Ben' }.vote", equalTo("yes"));
        JsonNode event = decidedEvent(id);
        assertThat(event.get("passed").asBoolean()).isTrue();
        assertThat(event.get("abstain").asInt()).isEqualTo(1);
        assertThat(event.get("subjectId").isNull()).isTrue();
    }

    @Test
    void aMotionIsDecidedExactlyOnceAtItsDeadlineWithTheSilentCountedAndNotInFavour() {
        Council.Seated c = Council.seat(elections, prefix("late"), FIVE);
        Instant t = c.start();
        Motion opened = motions.propose(c.id("Ben"), general("Meet twice a month"), t);
        UUID id = opened.id;
        assertThat(opened.deadline).isEqualTo(t.plus(Duration.ofDays(RULES.councilMotions().votingDays())));
        motions.vote(id, c.id("Ann"), "yes", false, t);
        motions.vote(id, c.id("Ben"), "yes", false, t);
        motions.vote(id, c.id("Cat"), "no", false, t);
        motions.vote(id, c.id("Dan"), "abstain", false, t);

        motions.decideOverdue(opened.deadline.minusSeconds(1));
        assertThat(motion(id).decided()).isFalse();
        motions.decideOverdue(opened.deadline);
        Motion decided = motion(id);
        assertThat(decided.decidedAt).isEqualTo(opened.deadline);
        assertThat(decided.passed).as("Eli did not abstain: 2 yes of the 4 not abstaining is no majority").isFalse();
        assertThat(decided.silent).isEqualTo(1);
        assertThat(decided.explanation).contains("recorded as not having voted (counted, not in favour): Eli");
        motions.decideOverdue(opened.deadline.plusSeconds(3600));
        assertThat(motion(id).decidedAt).as("not decided twice").isEqualTo(opened.deadline);

        assertThatThrownBy(() -> motions.vote(id, c.id("Eli"), "no", false, opened.deadline.plusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("motion-decided"));
        assertThat(answer(id, c.id("Eli")).vote).as("the late vote changed nothing").isNull();
        given().get("/council/motions/" + id).then().statusCode(200)
                .body("councillors.find { it.name == 'Eli' }.vote", equalTo("not-voted"))
                .body("silent", equalTo(1));
        assertThat(decidedEvent(id).get("silent").asInt()).isEqualTo(1);
        long decidedEvents = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey = ?1 and eventType = ?2",
                id.toString(), "dev.pygov.election.motion-decided.v1"));
        assertThat(decidedEvents).as("one MotionDecided, however often the ticker runs").isEqualTo(1);
    }

    @Test
    void oneYesAndFourSilentCouncillorsDoNotPassAMotionAndWhoAnsweredIsToldToTheReminders() {
        Council.Seated c = Council.seat(elections, prefix("one"), FIVE);
        Instant t = c.start();
        Motion opened = motions.propose(c.id("Ann"), nomination(prefix("one") + "officer", "cohort", "B", null), t);
        motions.vote(opened.id, c.id("Ann"), "yes", false, t);
        given().get("/council/motions/" + opened.id).then().statusCode(200)
                .body("notYetAnswered.name", contains("Ben", "Cat", "Dan", "Eli"));
        var participation = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> opened.id.toString().equals(r.key()) && r.value().contains("ballot-participation-recorded"), 1, Duration.ofSeconds(30));
        assertThat(participation).as("the notification service stops reminding Ann").hasSize(1);
        assertThat(participation.get(0).value()).contains(c.id("Ann"));

        motions.decideOverdue(opened.deadline);
        Motion decided = motion(opened.id);
        assertThat(decided.passed).as("one councillor alone does not name the Returning Officer").isFalse();
        assertThat(decided.createdElectionId).isNull();
        assertThat(List.of(decided.yes, decided.no, decided.abstain, decided.silent)).containsExactly(1, 0, 0, 4);
    }

    @Test
    void aMotionIsDecidedAsSoonAsTheMissingAnswersCannotChangeItsOutcome() {
        Council.Seated c = Council.seat(elections, prefix("early"), FIVE);
        Instant t = c.start();
        UUID id = motions.propose(c.id("Ann"), general("Publish the minutes"), t).id;
        motions.vote(id, c.id("Ann"), "no", false, t);
        motions.vote(id, c.id("Ben"), "no", false, t);
        assertThat(motion(id).decided()).isFalse();
        motions.vote(id, c.id("Cat"), "no", false, t.plusSeconds(7));

        Motion decided = motion(id);
        assertThat(decided.decidedAt).as("two yes votes could no longer carry it").isEqualTo(t.plusSeconds(7));
        assertThat(decided.passed).isFalse();
        assertThat(decided.explanation).contains("Decided before the deadline").contains("not answered: Dan, Eli");
        assertThatThrownBy(() -> motions.vote(id, c.id("Dan"), "yes", false, t.plusSeconds(8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("motion-decided"));
    }

    @Test
    void removalPassesFourToOneAndVacatesTheRemovedCouncillorsSeat() {
        Council.Seated c = Council.seat(elections, prefix("rm4"), FIVE);
        Instant t = c.start();
        String eli = c.id("Eli");
        UUID id = motions.propose(c.id("Ann"), removal(eli), t).id;
        for (String name : List.of("Ann", "Ben", "Cat")) {
            motions.vote(id, c.id(name), "yes", false, t);
        }
        assertThat(motion(id).decided()).isFalse();
        motions.vote(id, c.id("Dan"), "yes", false, t.plusSeconds(5));

        Motion decided = motion(id);
        assertThat(decided.passed).as("four of the five seats: Eli's answer cannot change it").isTrue();
        assertThat(decided.decidedAt).isEqualTo(t.plusSeconds(5));
        assertThat(List.of(decided.yes, decided.no, decided.silent)).containsExactly(4, 0, 1);
        assertThat(seatOf(eli)).isNull();
        CouncilSeat ended = QuarkusTransaction.requiringNew().call(() ->
                CouncilSeat.<CouncilSeat>find("personId = ?1", eli).firstResult());
        assertThat(ended.endReason).isEqualTo("removed");
        assertThat(ended.endedAt).isEqualTo(t.plusSeconds(5));

        JsonNode event = decidedEvent(id);
        assertThat(event.get("kind").asText()).isEqualTo("remove-community-member");
        assertThat(event.get("subjectId").asText()).isEqualTo(eli);
        assertThat(event.get("passed").asBoolean()).isTrue();
        var vacated = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> r.value().contains("council-seat-changed") && r.value().contains(eli) && r.value().contains("\"removed\""),
                1, Duration.ofSeconds(30));
        assertThat(vacated).hasSize(1);
    }

    @Test
    void removalFailsThreeToTwo() {
        Council.Seated c = Council.seat(elections, prefix("rm3"), FIVE);
        Instant t = c.start();
        String dan = c.id("Dan");
        UUID id = motions.propose(c.id("Ann"), removal(dan), t).id;
        List.of("Ann", "Ben", "Cat").forEach(name -> motions.vote(id, c.id(name), "yes", false, t));
        motions.vote(id, dan, "no", false, t);
        motions.vote(id, c.id("Eli"), "no", false, t);

        Motion decided = motion(id);
        assertThat(decided.passed).isFalse();
        assertThat(decided.explanation).startsWith("Failed: ");
        assertThat(seatOf(dan)).isNotNull();
        JsonNode event = decidedEvent(id);
        assertThat(event.get("passed").asBoolean()).isFalse();
        assertThat(event.get("subjectId").asText()).isEqualTo(dan);
    }

    @Test
    void anOutOfTouchCouncillorIsReplacedWithTheMissingMemberCountedAsAbstaining() {
        Council.Seated c = Council.seat(elections, prefix("oot"), FIVE);
        Instant t = c.start();
        String eli = c.id("Eli");
        String replacement = prefix("oot") + "rae";
        Members.member(replacement, "Rae");
        Duration outOfTouch = Duration.ofDays(RULES.council().outOfTouchDays());

        long before = motionCount();
        assertThatThrownBy(() -> motions.propose(c.id("Ann"), outOfTouch(eli, t.minus(outOfTouch).plusSeconds(3600), replacement), t))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.field()).isEqualTo("outOfTouchSince");
                    assertThat(e.slug()).isEqualTo("not-out-of-touch-long-enough");
                });
        assertThat(motionCount()).as("a refused proposal creates nothing").isEqualTo(before);

        UUID id = motions.propose(c.id("Ann"), outOfTouch(eli, t.minus(outOfTouch), replacement), t).id;
        assertThat(answer(id, eli).vote).isEqualTo("abstain");
        assertThatThrownBy(() -> motions.vote(id, eli, "no", false, t))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("vote"));
        motions.vote(id, c.id("Ann"), "yes", false, t);
        motions.vote(id, c.id("Ben"), "yes", false, t);
        motions.vote(id, c.id("Cat"), "no", false, t);
        motions.vote(id, c.id("Dan"), "yes", false, t.plusSeconds(10));

        Motion decided = motion(id);
        assertThat(decided.passed).isTrue();
        assertThat(List.of(decided.yes, decided.no, decided.abstain, decided.silent)).containsExactly(3, 1, 1, 0);
        assertThat(decided.explanation).contains("out of touch: Eli");
        assertThat(seatOf(eli)).isNull();
        CouncilSeat rae = seatOf(replacement);
        assertThat(rae.seatId).isEqualTo(c.seatIds().get("Eli"));
        assertThat(rae.termEnd).as("for the rest of the term").isEqualTo(c.termEnds().get("Eli"));
        assertThat(rae.motionId).isEqualTo(id);
        assertThat(decidedEvent(id).get("subjectId").asText()).isEqualTo(replacement);
        String ended = QuarkusTransaction.requiringNew().call(() ->
                CouncilSeat.<CouncilSeat>find("personId = ?1", eli).firstResult().endReason);
        assertThat(ended).isEqualTo("out-of-touch");
    }

    @Test
    void aResignationLeavesAVacancyThatAnAppointedReplacementServesOut() {
        String p = prefix("app");
        Council.Seated c = Council.seat(elections, p, FIVE);
        Instant t = c.start();
        String dan = c.id("Dan");
        String danSeat = c.seatIds().get("Dan");
        UUID pending = motions.propose(c.id("Ann"), general("Thank the outgoing liaison"), t).id;
        council.resign(dan, t.plusSeconds(60));
        assertThatThrownBy(() -> motions.vote(pending, dan, "yes", false, t.plusSeconds(61)))
                .as("a councillor who left no longer answers").isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.field()).isEqualTo("councillor"));
        given().get("/council/seats").then().statusCode(200)
                .body("find { it.seatId == '" + danSeat + "' }.status", equalTo("vacant"))
                .body("find { it.seatId == '" + danSeat + "' }.vacancyReason", equalTo("resigned"))
                .body("find { it.seatId == '" + danSeat + "' }.vacantSince", equalTo(t.plusSeconds(60).toString()))
                .body("find { it.seatId == '" + danSeat + "' }.termEnd", equalTo(c.termEnds().get("Dan").toString()))
                .body("find { it.seatId == '" + danSeat + "' }.personId", nullValue());
        assertThatThrownBy(() -> council.resign(dan, t.plusSeconds(61)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));

        String val = p + "val";
        Members.member(val, "Val");
        String outsider = p + "outsider";
        String bigCoHire = p + "hire";
        Members.member(bigCoHire, "Hire");
        employ(c.id("Ann"), p + "BigCo", p + "BigCo");
        employ(c.id("Ben"), p + "BigCo", p + "BigCo");
        employ(bigCoHire, p + "BigCo Labs", p + "BigCo");
        Instant t1 = t.plus(Duration.ofDays(2));
        long before = motionCount();
        assertThatThrownBy(() -> motions.propose(c.id("Ann"), appointment(c.seatIds().get("Ann"), val), t1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("seatId"));
        assertThatThrownBy(() -> motions.propose(c.id("Ann"), appointment(danSeat, outsider), t1))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.field()).isEqualTo("subjectId");
                    assertThat(e.slug()).isEqualTo("not-a-community-member");
                });
        assertThatThrownBy(() -> motions.propose(c.id("Ann"), appointment(danSeat, bigCoHire), t1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("employer-limit"));
        assertThatThrownBy(() -> motions.propose(dan, appointment(danSeat, val), t1))
                .as("Dan no longer sits").isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(motionCount()).isEqualTo(before);

        Motion opened = motions.propose(c.id("Ann"), appointment(danSeat, val), t1);
        assertThat(answers(opened.id)).extracting(a -> a.displayName).containsExactly("Ann", "Ben", "Cat", "Eli");
        for (String name : List.of("Ann", "Ben", "Cat")) {
            motions.vote(opened.id, c.id(name), "yes", false, t1.plusSeconds(30));
        }
        assertThat(motion(opened.id).passed).isTrue();
        given().get("/council/seats").then().statusCode(200)
                .body("find { it.seatId == '" + danSeat + "' }.status", equalTo("held"))
                .body("find { it.seatId == '" + danSeat + "' }.personId", equalTo(val))
                .body("find { it.seatId == '" + danSeat + "' }.termEnd", equalTo(c.termEnds().get("Dan").toString()))
                .body("find { it.seatId == '" + danSeat + "' }.appointedByMotionId", equalTo(opened.id.toString()))
                .body("findAll { it.status == 'vacant' }.seatId", org.hamcrest.Matchers.not(hasItem(danSeat)));
        assertThat(decidedEvent(opened.id).get("subjectId").asText()).isEqualTo(val);
        var appointed = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> r.value().contains("council-seat-changed") && r.value().contains(val) && r.value().contains("\"appointed\""),
                1, Duration.ofSeconds(30));
        assertThat(appointed).hasSize(1);
    }

    @Test
    void theCouncilNominatesTheReturningOfficerAndTheDraftElectionIsCreatedWithThem() {
        String p = prefix("ro");
        Council.Seated c = Council.seat(elections, p, FIVE);
        Instant t = c.start();
        assertThatThrownBy(() -> motions.propose(c.id("Ann"), nomination(p + "officer", "cohort", "Z", null), t))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("cohort"));
        assertThatThrownBy(() -> motions.propose(c.id("Ann"), nomination(p + "officer", "by-election", "B", null), t))
                .as("a by-election for a cohort with no vacancy").isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.field()).isEqualTo("cohort");
                    assertThat(e.slug()).isEqualTo("no-vacancy");
                });

        UUID id = motions.propose(c.id("Ann"), nomination(p + "officer", "cohort", "B", null), t).id;
        List.of("Ann", "Ben", "Cat").forEach(name -> motions.vote(id, c.id(name), "yes", false, t.plusSeconds(1)));

        Motion decided = motion(id);
        assertThat(decided.passed).isTrue();
        Election created = QuarkusTransaction.requiringNew().call(() -> elections.get(decided.createdElectionId));
        assertThat(created.kind).isEqualTo(ElectionKind.COHORT);
        assertThat(created.cohort).isEqualTo("B");
        assertThat(created.phase).isEqualTo(Phase.DRAFT);
        assertThat(created.returningOfficerId).isEqualTo(p + "officer");
        assertThat(created.appointedBy).isEqualTo("council motion " + id);
        assertThat(decidedEvent(id).get("subjectId").asText()).isEqualTo(p + "officer");
    }

    @Test
    void aChangeOfEmployerDuringTheTermIsFlaggedOnTheSeats() throws InterruptedException {
        String p = prefix("emp");
        Council.Seated c = Council.seat(elections, p, FIVE);
        String root = p + "MegaCorp";
        Members.publish(new AffiliationChanged(c.id("Ann"), root, root, root, "employee", LocalDate.parse("2020-01-01"), null));
        Members.publish(new AffiliationChanged(c.id("Ben"), root + " Cloud", root + " Cloud", root, "employee", LocalDate.parse("2021-01-01"), null));
        Members.awaitAffiliation(c.id("Ben"));
        given().get("/council/seats").then().statusCode(200)
                .body("findAll { it.employerLimitBreaches.size() > 0 }", org.hamcrest.Matchers.empty());

        // Cat changes jobs: a third councillor under the same parent company.
        Members.publish(new AffiliationChanged(c.id("Cat"), root, root, root, "employee", LocalDate.parse("2020-06-01"), null));
        Members.awaitAffiliation(c.id("Cat"));
        given().get("/council/seats").then().statusCode(200)
                .body("findAll { it.employerLimitBreaches.size() > 0 }.name", contains("Ann", "Ben", "Cat"))
                .body("find { it.name == 'Cat' }.employerLimitBreaches[0].entityRootId", equalTo(root))
                .body("find { it.name == 'Cat' }.employerLimitBreaches[0].limit", equalTo(RULES.council().employerLimit()))
                .body("find { it.name == 'Cat' }.employerLimitBreaches[0].councillorIds",
                        contains(c.id("Ann"), c.id("Ben"), c.id("Cat")));

        // Cat resigns to remedy it: the flag goes, the vacancy shows.
        council.resign(c.id("Cat"), c.start().plusSeconds(60));
        given().get("/council/seats").then().statusCode(200)
                .body("findAll { it.employerLimitBreaches.size() > 0 }", org.hamcrest.Matchers.empty())
                .body("find { it.seatId == '" + c.seatIds().get("Cat") + "' }.status", equalTo("vacant"));
    }

    // --- helpers ---

    private static String prefix(String test) {
        return "cm-" + test + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    private static MotionProposal general(String title) {
        return new MotionProposal("general", title, "The council resolves: " + title, null, null, null, null, null, null, null);
    }

    private static MotionProposal removal(String member) {
        return new MotionProposal("remove-community-member", "Remove " + member, "Egregious and ongoing conduct violations.",
                member, null, null, null, null, null, null);
    }

    private static MotionProposal outOfTouch(String missing, Instant since, String replacement) {
        return new MotionProposal("replace-out-of-touch", "Replace " + missing, "Unreachable by mail and chat.",
                replacement, null, null, null, null, missing, since);
    }

    private static MotionProposal appointment(String seatId, String appointee) {
        return new MotionProposal("appoint-replacement", "Appoint to " + seatId, "To serve out the term.",
                appointee, null, null, null, seatId, null, null);
    }

    private static MotionProposal nomination(String officer, String electionKind, String cohort, Integer seats) {
        return new MotionProposal("nominate-returning-officer", "Returning Officer", "For the next election.",
                officer, electionKind, cohort, seats, null, null, null);
    }

    private static void employ(String personId, String entity, String root) {
        QuarkusTransaction.requiringNew().run(() -> {
            var affiliation = new dev.pygov.election.domain.MemberAffiliation();
            affiliation.id = new dev.pygov.election.domain.MemberAffiliation.Key(personId, entity, "employee");
            affiliation.entityRootId = root;
            affiliation.persist();
        });
    }

    private Motion motion(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> motions.get(id));
    }

    private List<MotionVote> answers(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> motions.answers(id));
    }

    private static MotionVote answer(UUID id, String personId) {
        return QuarkusTransaction.requiringNew().call(() -> MotionVote.<MotionVote>findById(new MotionVote.Key(id, personId)));
    }

    private CouncilSeat seatOf(String personId) {
        return QuarkusTransaction.requiringNew().call(() -> council.seatOf(personId).orElse(null));
    }

    private static long motionCount() {
        return QuarkusTransaction.requiringNew().call(() -> Motion.count());
    }

    private static JsonNode decidedEvent(UUID id) {
        var events = TopicReader.await(KafkaResource.bootstrapServers(), Topics.ELECTION,
                r -> id.toString().equals(r.key()) && r.value().contains("motion-decided"), 1, Duration.ofSeconds(30));
        assertThat(events).as("MotionDecided on the topic").hasSize(1);
        return EventCodec.read(events.get(0).value()).data();
    }
}
