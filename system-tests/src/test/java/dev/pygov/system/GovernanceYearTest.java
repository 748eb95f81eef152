package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.mail.MailInboxClient;
import dev.pygov.devstack.mail.ReceivedMail;
import dev.pygov.devstack.postgres.PostgresServer;
import dev.pygov.system.Community.Person;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A governance year of the Packaging Council and the PSF, lived through the public APIs with real Keycloak tokens
 * on the whole platform. The services' clock is moved forward past each deadline (decision 0007); everything else
 * happens as it would for the people involved: roles come from membership-service into their next token, notices
 * into their inbox and mailbox, and every published election recounts to the same council with the recount CLI.
 */
@Order(1)
@ExtendWith(PlatformExtension.class)
class GovernanceYearTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAST_A_PHASE = Duration.ofDays(14).plusHours(1);

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private final RunningPlatform platform = PlatformExtension.platform();
    private final String membership = platform.serviceUrl("membership");
    private final String election = platform.serviceUrl("election");
    private final String proposal = platform.serviceUrl("proposal");
    private final String notification = platform.serviceUrl("notification");
    private final Community community = new Community(platform, "year-");

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final List<String> trackers = new ArrayList<>();
    /** The trackers of each election or vote, by its id. */
    private final Map<String, List<String>> trackersByContest = new LinkedHashMap<>();
    private final List<String> ballotKeys = new ArrayList<>();

    @Test
    void aGovernanceYear() throws Exception {
        registerTheCommunity();
        Person rosa = people.get("rosa");

        String initial = theExecutiveDirectorCreatesTheInitialElectionNaming(rosa);
        runTheInitialElection(initial, rosa);
        theCouncilIsSeatedWithCohortsAndTheEmployerLimitApplied(initial);
        theCommunityAdmitsANewMemberByVote();
        theCouncilPassesAMotionWithAConflictedCouncillorAbstaining();
        aCouncillorResignsAndTheCouncilAppointsAReplacement();
        String byElection = aNoConfidenceVoteRemovesACouncillorAndABYElectionFillsTheSeat(rosa);
        aMemberWhoMissedTwoCouncilElectionsBecomesInactiveAndResumesInWriting();
        aBasicMembersProposalBecomesPolicyByABindingMemberVoteAndIsAmended();

        everyPublishedElectionRecountsToTheSameResult(List.of(initial, byElection));
        everyNoticeArrivedOnceInTheInboxAndTheMailbox();
        noLogLineOfAnyServiceCarriesABallotKeyOrTracker();
        noQueryOverTheElectionDatabaseLinksAVoterToABallot();
    }

    // --- the people -------------------------------------------------------------------------------------------

    /**
     * Seven candidates (Ana, Ben and Cai work for MegaCorp), three more community members (Jon will never vote),
     * Kim who is not yet in the community, Lea a basic PSF member, and Rosa who will be Returning Officer.
     */
    private void registerTheCommunity() throws Exception {
        withoutBruteForceDetection();
        community.organisation("megacorp", "MegaCorp");
        for (String name : List.of("Ana", "Ben", "Cai", "Dev", "Eva", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim", "Lea", "Rosa")) {
            people.put(name.toLowerCase(), community.register(name, "Year"));
        }
        for (String name : List.of("ana", "ben", "cai")) {
            community.employee(people.get(name), "megacorp");
        }
        for (String name : List.of("ana", "ben", "cai", "dev", "eva", "fay", "gus", "hal", "ivy", "jon")) {
            community.membershipClass(people.get(name), "supporting");
            community.joinRoster(people.get(name));
        }
        community.membershipClass(people.get("lea"), "basic");
        Community.awaitRole(people.get("jon"), "packaging-member", true);
        Community.awaitRole(people.get("hal"), "voting-member", true);
        Community.awaitRole(people.get("lea"), "basic-member", true);
        Quiescence.settle(platform);
    }

    /**
     * The year logs its people in hundreds of times within minutes from one address. Keycloak's brute-force
     * detector (on in the realm) then locked a user out ("user_temporarily_disabled") with no failed login
     * recorded before it; what it protects is Keycloak's to test, not this story's.
     */
    private void withoutBruteForceDetection() {
        given().auth().oauth2(platform.keycloak().adminToken()).contentType("application/json").body("{\"bruteForceProtected\":false}")
                .put(platform.keycloak().url() + "/admin/realms/pygov").then().statusCode(204);
    }

    // --- the initial whole-council election -------------------------------------------------------------------

    private String theExecutiveDirectorCreatesTheInitialElectionNaming(Person rosa) throws Exception {
        String id = given().auth().oauth2(Tokens.fresh("ed")).contentType("application/json")
                .body("{\"kind\":\"whole-council\",\"returningOfficerId\":\"" + rosa.id() + "\"}")
                .post(election + "/elections").then().statusCode(201).extract().path("id");
        Community.awaitRole(rosa, "returning-officer", true);
        // The initial election is the whole council's; another Returning Officer does not run this one.
        given().auth().oauth2(Tokens.fresh("ed")).contentType("application/json")
                .body("{\"kind\":\"cohort\",\"returningOfficerId\":\"" + rosa.id() + "\"}")
                .post(election + "/elections").then().statusCode(422).body("field", equalTo("kind"));
        String opens = platform.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        given().auth().oauth2(Tokens.fresh("ro")).contentType("application/json").body("{\"nominationsOpenAt\":\"" + opens + "\"}")
                .put(election + "/elections/" + id + "/schedule").then().statusCode(403);
        return id;
    }

    private void runTheInitialElection(String id, Person rosa) throws Exception {
        schedule(id, rosa);
        awaitPhase(id, "nominations-open");
        given().auth().oauth2(rosa.token()).contentType("application/json").body("{\"statement\":\"I would run and stand.\"}")
                .post(election + "/elections/" + id + "/nominations").then().statusCode(422)
                .body("type", equalTo("https://pygov.dev/problems/returning-officer-cannot-stand"));
        for (String name : List.of("ana", "ben", "cai", "dev", "eva", "fay", "gus")) {
            Person candidate = people.get(name);
            given().auth().oauth2(candidate.token()).contentType("application/json")
                    .body("{\"ballotName\":\"" + candidate.name().split(" ")[0] + "\",\"statement\":\"I will serve.\"}")
                    .post(election + "/elections/" + id + "/nominations").then().statusCode(201);
        }
        platform.advanceClock(PAST_A_PHASE);
        awaitPhase(id, "voting-open");
        List<String> roll = given().get(election + "/elections/" + id + "/roll").then().statusCode(200)
                .extract().jsonPath().getList("", String.class);
        assertThat(roll).hasSize(10).contains("Jon Year").doesNotContain("Kim Year", "Lea Year", "Rosa Year");

        // Ana, Ben, Cai, Dev, Eva, Fay, Gus in that order for everyone; five of them also prefer Ben to Cai.
        List<String> voters = List.of("ana", "ben", "cai", "dev", "eva", "fay", "gus", "hal", "ivy");
        for (int i = 0; i < voters.size(); i++) {
            int benScore = i < 5 ? 5 : 4;
            castCouncilBallot(id, people.get(voters.get(i)), Map.of("ana", 5, "ben", benScore, "cai", 4, "dev", 3, "eva", 2, "fay", 1, "gus", 0));
        }
        platform.advanceClock(PAST_A_PHASE);
        awaitPhase(id, "counted");
        given().auth().oauth2(Community.freshTokenWith(rosa, "returning-officer")).post(election + "/elections/" + id + "/certify")
                .then().statusCode(200);
        awaitPhase(id, "certified");
    }

    private void theCouncilIsSeatedWithCohortsAndTheEmployerLimitApplied(String id) throws Exception {
        JsonNode result = JSON.readTree(given().get(election + "/elections/" + id + "/result").then().statusCode(200).extract().asString());
        assertThat(result.get("ballotsCast").asInt()).isEqualTo(9);
        assertThat(result.at("/count/council/disqualified/0/candidate").asText()).as("a third MegaCorp councillor").isEqualTo("Cai");
        List<String> seated = new ArrayList<>();
        result.get("seated").forEach(seat -> seated.add(seat.get("ballotName").asText() + "/" + seat.get("cohort").asText()));
        assertThat(seated).containsExactly("Ana/A", "Ben/A", "Dev/B", "Eva/B", "Fay/B");

        Map<String, JsonNode> seats = heldSeats();
        assertThat(seats.keySet()).containsExactlyInAnyOrder(idsOf("ana", "ben", "dev", "eva", "fay"));
        Duration cohortA = Duration.between(Instant.parse(seats.get(people.get("ana").id()).get("termStart").asText()),
                Instant.parse(seats.get(people.get("ana").id()).get("termEnd").asText()));
        Duration cohortB = Duration.between(Instant.parse(seats.get(people.get("dev").id()).get("termStart").asText()),
                Instant.parse(seats.get(people.get("dev").id()).get("termEnd").asText()));
        assertThat(cohortA.toDays()).as("cohort A serves 24 months after a whole-council election").isBetween(729L, 732L);
        assertThat(cohortB.toDays()).as("cohort B serves 12 months after a whole-council election").isBetween(364L, 366L);

        for (String name : List.of("ana", "ben", "dev", "eva", "fay")) {
            Community.awaitRole(people.get(name), "council-member", true);
        }
        assertThat(people.get("cai").roles()).doesNotContain("council-member");
        // A council has sat: the Executive Director starts no further election (the council's motion does).
        given().auth().oauth2(Tokens.fresh("ed")).contentType("application/json")
                .body("{\"kind\":\"whole-council\",\"returningOfficerId\":\"" + people.get("rosa").id() + "\"}")
                .post(election + "/elections").then().statusCode(422)
                .body("type", equalTo("https://pygov.dev/problems/not-the-initial-election"));
    }

    // --- the community between elections ----------------------------------------------------------------------

    private void theCommunityAdmitsANewMemberByVote() throws Exception {
        Person kim = people.get("kim");
        String callId = given().auth().oauth2(people.get("hal").token()).contentType("application/json")
                .body("{\"candidatePersonId\":\"" + kim.id() + "\"}")
                .post(membership + "/admission-calls").then().statusCode(201).extract().path("id");
        given().auth().oauth2(people.get("ivy").token()).contentType("application/json")
                .post(membership + "/admission-calls/" + callId + "/seconds")
                .then().statusCode(200);
        String voteId = awaitVote("admission", callId);
        for (String name : List.of("ana", "ben", "cai", "dev", "eva", "fay", "gus", "hal", "ivy")) {
            castVote(voteId, people.get(name), "yes");
        }
        platform.advanceClock(PAST_A_PHASE);
        JsonPath decided = awaitDecided(voteId);
        assertThat(decided.getBoolean("result.passed")).isTrue();
        assertThat(decided.getBoolean("result.quorumMet")).isTrue();

        Await.until("Kim is on the roster, admitted by vote", () -> {
            List<Map<String, Object>> admitted = given().queryParam("joinSource", "admitted-by-vote").get(membership + "/roster")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            return admitted.stream().anyMatch(entry -> kim.id().equals(entry.get("personId")) && "active".equals(entry.get("status")))
                    ? Boolean.TRUE : null;
        });
        Community.awaitRole(kim, "packaging-member", true);
        assertThat(noticesOf(people.get("ivy"), "call-needs-second")).as("Ivy was asked to second").hasSize(1);
        assertThat(noticesOf(people.get("hal"), "call-needs-second")).as("the caller is not asked").isEmpty();
    }

    private void theCouncilPassesAMotionWithAConflictedCouncillorAbstaining() throws Exception {
        String motionId = propose(people.get("ana"), "{\"kind\":\"general\",\"title\":\"Adopt the packaging guide\","
                + "\"text\":\"The council adopts the packaging guide.\"}");
        given().auth().oauth2(people.get("dev").token()).contentType("application/json")
                .body("{\"vote\":\"yes\",\"conflictOfInterest\":true}")
                .put(election + "/council/motions/" + motionId + "/vote").then().statusCode(422);
        voteOnMotion(motionId, people.get("dev"), "{\"vote\":\"abstain\",\"conflictOfInterest\":true}");
        for (String name : List.of("ana", "ben", "eva")) {
            voteOnMotion(motionId, people.get(name), "{\"vote\":\"yes\"}");
        }
        // Three yes of at most four not abstaining: Fay's answer can no longer change it, so it is decided now.
        JsonPath motion = awaitMotionDecided(motionId);
        assertThat(motion.getString("status")).isEqualTo("passed");
        assertThat(motion.getInt("yes")).isEqualTo(3);
        assertThat(motion.getInt("abstain")).isEqualTo(1);
        assertThat(motion.getInt("silent")).isEqualTo(1);
        given().auth().oauth2(Community.freshTokenWith(people.get("fay"), "council-member")).contentType("application/json")
                .body("{\"vote\":\"no\"}").put(election + "/council/motions/" + motionId + "/vote").then().statusCode(409);
        assertThat(motion.getList("councillors.findAll { it.conflictOfInterest }.personId")).containsExactly(people.get("dev").id());
    }

    private void aCouncillorResignsAndTheCouncilAppointsAReplacement() throws Exception {
        JsonPath resigned = given().auth().oauth2(people.get("eva").token()).post(election + "/council/resignation")
                .then().statusCode(200).extract().jsonPath();
        String seatId = resigned.getString("seatId");
        Instant termEnd = Instant.parse(resigned.getString("termEnd"));
        Community.awaitRole(people.get("eva"), "council-member", false);

        String motionId = propose(people.get("ana"), "{\"kind\":\"appoint-replacement\",\"title\":\"Appoint Gus\","
                + "\"text\":\"Gus serves out Eva's term.\",\"subjectId\":\"" + people.get("gus").id() + "\",\"seatId\":\"" + seatId + "\"}");
        for (String name : List.of("ana", "ben", "dev")) {
            voteOnMotion(motionId, people.get(name), "{\"vote\":\"yes\"}");
        }
        assertThat(awaitMotionDecided(motionId).getString("status")).isEqualTo("passed");
        JsonNode gus = heldSeats().get(people.get("gus").id());
        assertThat(gus.get("seatId").asText()).isEqualTo(seatId);
        assertThat(Instant.parse(gus.get("termEnd").asText())).as("the rest of the vacated term").isEqualTo(termEnd);
        Community.awaitRole(people.get("gus"), "council-member", true);
    }

    private String aNoConfidenceVoteRemovesACouncillorAndABYElectionFillsTheSeat(Person rosa) throws Exception {
        Person ben = people.get("ben");
        JsonNode benSeat = heldSeats().get(people.get("ben").id());
        String callId = given().auth().oauth2(people.get("hal").token()).contentType("application/json")
                .body("{\"target\":\"councillor\",\"personId\":\"" + ben.id() + "\",\"statement\":\"Ben stopped taking part.\"}")
                .post(election + "/votes/no-confidence-calls").then().statusCode(201).extract().path("id");
        String voteId = given().auth().oauth2(people.get("ivy").token()).post(election + "/votes/no-confidence-calls/" + callId + "/second")
                .then().statusCode(200).extract().path("voteId");
        assertThat(voteId).isNotBlank();
        for (String name : List.of("ana", "cai", "dev", "eva", "fay", "gus", "hal", "ivy", "kim")) {
            castVote(voteId, people.get(name), "yes");
        }
        castVote(voteId, ben, "no");
        platform.advanceClock(PAST_A_PHASE);
        JsonPath decided = awaitDecided(voteId);
        assertThat(decided.getBoolean("result.passed")).as(decided.getString("result.explanation")).isTrue();
        assertThat(heldSeats()).doesNotContainKey(ben.id());
        Community.awaitRole(ben, "council-member", false);

        String motionId = propose(people.get("ana"), "{\"kind\":\"nominate-returning-officer\",\"title\":\"A by-election for Ben's seat\","
                + "\"text\":\"Rosa runs it.\",\"subjectId\":\"" + rosa.id() + "\",\"electionKind\":\"by-election\",\"seats\":1,"
                + "\"cohort\":\"" + benSeat.get("cohort").asText() + "\"}");
        for (String name : List.of("ana", "dev", "fay")) {
            voteOnMotion(motionId, people.get(name), "{\"vote\":\"yes\"}");
        }
        String byElection = awaitMotionDecided(motionId).getString("createdElectionId");
        assertThat(byElection).isNotBlank();

        schedule(byElection, rosa);
        awaitPhase(byElection, "nominations-open");
        given().auth().oauth2(people.get("hal").token()).contentType("application/json")
                .body("{\"ballotName\":\"Hal\",\"statement\":\"I will serve out Ben's term.\"}")
                .post(election + "/elections/" + byElection + "/nominations").then().statusCode(201);
        given().auth().oauth2(people.get("ivy").token()).contentType("application/json")
                .body("{\"ballotName\":\"Ivy\",\"statement\":\"So will I.\"}")
                .post(election + "/elections/" + byElection + "/nominations").then().statusCode(201);
        platform.advanceClock(PAST_A_PHASE);
        awaitPhase(byElection, "voting-open");
        for (String name : List.of("ana", "ben", "cai", "dev", "eva", "fay", "gus", "hal", "ivy", "kim")) {
            castCouncilBallot(byElection, people.get(name), Map.of("hal", 5, "ivy", 2));
        }
        platform.advanceClock(PAST_A_PHASE);
        awaitPhase(byElection, "counted");
        given().auth().oauth2(Community.freshTokenWith(rosa, "returning-officer")).post(election + "/elections/" + byElection + "/certify")
                .then().statusCode(200);
        awaitPhase(byElection, "certified");

        JsonNode hal = Await.until("Hal holds a seat", () -> heldSeats().get(people.get("hal").id()));
        assertThat(hal.get("cohort").asText()).isEqualTo(benSeat.get("cohort").asText());
        assertThat(hal.get("termEnd").asText()).as("the rest of Ben's term").isEqualTo(benSeat.get("termEnd").asText());
        Community.awaitRole(people.get("hal"), "council-member", true);
        return byElection;
    }

    private void aMemberWhoMissedTwoCouncilElectionsBecomesInactiveAndResumesInWriting() throws Exception {
        Person jon = people.get("jon");
        Community.awaitRole(jon, "packaging-member", false);
        assertThat(rosterStatus(jon)).isEqualTo("inactive");
        assertThat(rosterStatus(people.get("kim"))).as("joined after the first roll was frozen and voted in the by-election").isEqualTo("active");

        given().auth().oauth2(jon.token()).contentType("application/json")
                .body("{\"text\":\"I intend to take part in the Packaging Council elections again.\"}")
                .post(membership + "/roster/me/resumption-requests").then().statusCode(201);
        assertThat(rosterStatus(jon)).isEqualTo("active");
        Community.awaitRole(jon, "packaging-member", true);
    }

    // --- the PSF ----------------------------------------------------------------------------------------------

    private void aBasicMembersProposalBecomesPolicyByABindingMemberVoteAndIsAmended() throws Exception {
        Person lea = people.get("lea");
        String pageId = given().auth().oauth2(lea.token()).contentType("application/json")
                .body("{\"name\":\"OpenStrategy\",\"title\":\"Decide strategy in the open\",\"kind\":\"STRATEGIC_PROPOSAL\","
                        + "\"text\":\"The PSF decides its strategy in the open.\",\"comment\":\"first draft\"}")
                .post(proposal + "/pages").then().statusCode(201).extract().path("id");
        String officer = Tokens.fresh("officer1");
        given().auth().oauth2(officer).contentType("application/json")
                .body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"ready for the members\"}")
                .post(proposal + "/PythonSoftwareFoundation/ProposalsForDiscussion/OpenStrategy/move").then().statusCode(200);
        // The demo director sits on the PSF Board (an officer records the Board election's result; the officer cannot
        // make themselves a director); the Board, not one person, asks the voting members for a binding vote on revision 1.
        theDemoDirectorIsOnTheBoard(officer);
        given().auth().oauth2(officer).contentType("application/json")
                .body("{\"role\":\"director\",\"from\":\"" + platform.now() + "\",\"authority\":\"self-appointed\"}")
                .post(membership + "/people/" + Tokens.subjectOf("officer1") + "/roles").then().statusCode(403);
        theBoardPasses("{\"text\":\"The Board asks the voting members to decide OpenStrategy.\",\"proposalId\":\"" + pageId
                + "\",\"revision\":1,\"proposedOutcome\":\"member-vote\",\"question\":\"Shall the PSF decide its strategy in the open?\"}");
        String requestId = Await.until("the Board's request reaches the proposal", () ->
                given().get(proposal + "/pages/" + pageId).then().statusCode(200).extract().jsonPath().getString("votes[0].requestId"));

        String voteId = awaitVote("member-vote", requestId);
        assertThat(given().get(election + "/votes/" + voteId).then().extract().jsonPath().getInt("rollSize"))
                .as("the ten supporting members; Lea is a basic member").isEqualTo(10);
        for (String name : List.of("ana", "ben", "hal")) {
            castVote(voteId, people.get(name), "yes");
        }
        castVote(voteId, people.get("ivy"), "no");
        platform.advanceClock(PAST_A_PHASE);
        assertThat(awaitDecided(voteId).getBoolean("result.passed")).isTrue();

        JsonPath policy = Await.until("the proposal is an active policy", () -> {
            JsonPath page = given().get(proposal + "/pages/" + pageId).then().extract().jsonPath();
            return "ActivePolicies".equals(page.getString("section")) ? page : null;
        });
        assertThat(policy.getString("resolution.method")).isEqualTo("MEMBER_VOTE");

        String amendmentId = given().auth().oauth2(lea.token()).contentType("application/json")
                .body("{\"name\":\"OpenStrategyMinutes\",\"title\":\"Publish the minutes too\",\"kind\":\"AMENDMENT\","
                        + "\"amends\":\"" + pageId + "\",\"text\":\"The PSF decides its strategy in the open and publishes the minutes.\"}")
                .post(proposal + "/pages").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType("application/json").body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"ready for the Board\"}")
                .post(proposal + "/PythonSoftwareFoundation/ProposalsForDiscussion/OpenStrategyMinutes/move").then().statusCode(200);
        theBoardPasses("{\"text\":\"The Board adopts OpenStrategyMinutes.\",\"proposalId\":\"" + amendmentId
                + "\",\"revision\":1,\"proposedOutcome\":\"favourable\"}");
        JsonPath amended = Await.until("the amendment is applied to the policy", () -> {
            JsonPath page = given().get(proposal + "/pages/" + pageId).then().statusCode(200).extract().jsonPath();
            return page.getInt("revision") == 2 ? page : null;
        });
        assertThat(amended.getInt("revision")).isEqualTo(2);
        assertThat(amended.getString("text")).endsWith("publishes the minutes.");
        assertThat(given().get(proposal + "/pages/" + amendmentId).then().extract().jsonPath().getString("section"))
                .isEqualTo("ArchivedProposals");
        Await.until("Lea is told her proposal became an active policy", () ->
                noticesOf(lea, "proposal-moved").stream().anyMatch(body -> body.contains("ActivePolicies")) ? Boolean.TRUE : null);
    }

    // --- what holds after the year ----------------------------------------------------------------------------

    private void everyPublishedElectionRecountsToTheSameResult(List<String> electionIds) throws Exception {
        Path tallyJar = platform.options().repoRoot().resolve("tally/target/pygov-tally.jar");
        for (String id : electionIds) {
            JsonNode published = JSON.readTree(given().get(election + "/elections/" + id + "/result").then().statusCode(200).extract().asString());
            Path ballots = Files.createTempFile("ballots-" + id, ".csv");
            Files.writeString(ballots, given().get(election + "/elections/" + id + "/ballots.csv").then().statusCode(200).extract().asString());
            Path output = Files.createTempFile("recount-" + id, ".json");
            Process recount = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", tallyJar.toString(),
                    "--method", published.get("method").asText(),
                    "--seats", Integer.toString(Math.min(published.get("seats").asInt(), published.get("candidates").size())),
                    "--tiebreak", published.get("tieBreakProtocol").asText(), "--final", published.get("finalStep").asText(),
                    "--max-score", published.get("maxScore").asText(), "--json", ballots.toString())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertThat(recount.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(recount.exitValue()).as("recount of %s", id).isZero();
            JsonNode recounted = JSON.readTree(Files.readString(output, StandardCharsets.UTF_8));
            assertThat(recounted.get("winners")).as("recount of %s", id).isEqualTo(published.at("/count/tally/winners"));
        }
    }

    /** No person has two notices of the same kind saying the same thing, nor two identical mails. */
    private void everyNoticeArrivedOnceInTheInboxAndTheMailbox() throws Exception {
        Quiescence.settle(platform);
        MailInboxClient mailbox = new MailInboxClient(platform.mailInboxUrl());
        for (String name : List.of("ana", "ben", "cai", "dev", "eva", "fay", "gus", "hal", "ivy", "jon")) {
            Person person = people.get(name);
            List<Map<String, Object>> inbox = given().auth().oauth2(person.token()).get(notification + "/inbox").then().statusCode(200)
                    .extract().jsonPath().getList("");
            assertThat(inbox.stream().filter(notice -> "voting-opened".equals(notice.get("kind"))))
                    .as("%s: voting opened for two council elections, an admission vote, a no-confidence vote and a member vote", name)
                    .hasSize(5);
            assertThat(duplicates(inbox, notice -> notice.get("kind") + "|" + notice.get("title") + "|" + notice.get("body")))
                    .as("%s's inbox", name).isEmpty();

            List<ReceivedMail> mails = Await.until(name + "'s voting-opened mails arrived", Duration.ofMinutes(3), () -> {
                List<ReceivedMail> received = mailbox.to(person.email());
                return received.stream().filter(mail -> mail.subject().toLowerCase().contains("voting")).count() >= 5 ? received : null;
            });
            assertThat(duplicates(mails, mail -> mail.subject() + "|" + mail.text())).as("%s's mailbox", name).isEmpty();
        }
    }

    /** Ballot keys and trackers are what link a person to a ballot; no service may ever write one to its log. */
    private void noLogLineOfAnyServiceCarriesABallotKeyOrTracker() throws Exception {
        List<String> ballotSecrets = new ArrayList<>(trackers);
        ballotSecrets.addAll(ballotKeys);
        assertThat(ballotSecrets).hasSizeGreaterThan(40);
        for (String service : List.of("membership", "election", "proposal", "notification")) {
            Path log = platform.service(service).process().log();
            try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                List<String> leaking = lines.filter(line -> ballotSecrets.stream().anyMatch(line::contains)).limit(3).toList();
                assertThat(leaking).as("log lines of %s carrying a ballot key or tracker", service).isEmpty();
            }
            for (Person person : people.values()) {
                try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    assertThat(lines.filter(line -> line.contains(person.id()) && line.toLowerCase().contains("ballot")).limit(3).toList())
                            .as("log lines of %s naming %s and a ballot", service, person.name()).isEmpty();
                }
            }
        }
    }

    /**
     * What a curious operator with a SQL prompt could try (method in docs/security.md): every row of every table
     * read as text, and the system columns of the ballot tables.
     */
    private void noQueryOverTheElectionDatabaseLinksAVoterToABallot() throws Exception {
        List<String> personIds = people.values().stream().map(Person::id).toList();
        try (Connection db = DriverManager.getConnection(platform.jdbcUrl("election"), PostgresServer.USERNAME, PostgresServer.PASSWORD)) {
            List<String> tables = column(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%'");
            assertThat(tables).contains("ballot", "vote_ballot", "roll_entry", "vote_roll", "outbox_message");
            for (String table : tables) {
                for (String row : column(db, "SELECT row_to_json(t)::text FROM \"" + table + "\" t")) {
                    assertThat(ballotKeys.stream().filter(row::contains)).as("a ballot key stored in %s", table).isEmpty();
                    List<String> named = personIds.stream().filter(row::contains).toList();
                    if (trackers.stream().anyMatch(row::contains) && !named.isEmpty()) {
                        theOnlyTrackersBesidePeopleAreAWholePublication(table, row, named);
                    }
                }
            }
            for (String ballots : List.of("ballot", "vote_ballot")) {
                assertThat(column(db, "SELECT column_name FROM information_schema.columns WHERE table_name = '" + ballots + "'"))
                        .as("columns of %s", ballots).noneMatch(name -> name.contains("person") || name.contains("voter") || name.endsWith("_at"));
            }
            assertThat(column(db, "SELECT election_id::text FROM ballot GROUP BY election_id HAVING count(DISTINCT xmin::text) > 1"))
                    .as("elections whose ballots were not all last written by one transaction").isEmpty();
            assertThat(column(db, "SELECT vote_id::text FROM vote_ballot GROUP BY vote_id HAVING count(DISTINCT xmin::text) > 1"))
                    .as("votes whose ballots were not all last written by one transaction").isEmpty();
            assertThat(column(db, "SELECT DISTINCT b.xmin::text FROM ballot b JOIN roll_entry r USING (election_id) WHERE b.xmin = r.xmin"))
                    .as("a ballot written by the transaction that marked a voter").isEmpty();
            assertThat(column(db, "SELECT DISTINCT b.xmin::text FROM vote_ballot b JOIN vote_roll r USING (vote_id) WHERE b.xmin = r.xmin"))
                    .as("a vote's ballot written by the transaction that marked a voter").isEmpty();
        }
    }

    /**
     * A certified election's record keeps what it publishes: the anonymised ballots.csv (every tracker of the
     * election, decision 0502) beside its candidates and Returning Officer (the public result). Such a row names
     * people and holds trackers without singling out anyone's ballot. Any other row with a tracker and a person, a
     * row holding only some of an election's trackers, or a row naming someone its election does not publish, would
     * link a voter to a ballot.
     */
    private void theOnlyTrackersBesidePeopleAreAWholePublication(String table, String row, List<String> named) {
        assertThat(table).as("a row of %s with a tracker and a person: %s", table, row).isEqualTo("election");
        List<String> contests = trackersByContest.entrySet().stream()
                .filter(contest -> contest.getValue().stream().anyMatch(row::contains)).map(Map.Entry::getKey).toList();
        assertThat(contests).as("elections whose trackers the row holds: %s", row).hasSize(1);
        String contest = contests.get(0);
        assertThat(row).as("the election's own record").contains("\"id\":\"" + contest + "\"");
        assertThat(trackersByContest.get(contest)).as("a row holding some, not all, trackers of %s: %s", contest, row)
                .allMatch(row::contains);
        String published = given().get(election + "/elections/" + contest).then().statusCode(200).extract().asString()
                + given().get(election + "/elections/" + contest + "/result").then().statusCode(200).extract().asString();
        assertThat(named).as("people the row of election %s names that its publication does not: %s", contest, row)
                .allMatch(published::contains);
    }

    private static List<String> column(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    // --- steps --------------------------------------------------------------------------------------------------

    private void schedule(String electionId, Person returningOfficer) throws Exception {
        // The token first: waiting for the role to reach it may take longer than the two seconds ahead.
        String token = Community.freshTokenWith(returningOfficer, "returning-officer");
        String opens = platform.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).toString();
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"nominationsOpenAt\":\"" + opens + "\"}")
                .put(election + "/elections/" + electionId + "/schedule").then().statusCode(200);
    }

    private void awaitPhase(String electionId, String phase) throws Exception {
        Await.until("election " + electionId + " reaches " + phase, () ->
                phase.equals(given().get(election + "/elections/" + electionId).then().statusCode(200).extract().path("phase"))
                        ? Boolean.TRUE : null);
    }

    private void castCouncilBallot(String electionId, Person voter, Map<String, Integer> scoresByName) {
        Map<String, Integer> scores = scoresByName.entrySet().stream()
                .collect(Collectors.toMap(entry -> people.get(entry.getKey()).id(), Map.Entry::getValue));
        JsonPath receipt = given().auth().oauth2(voter.token()).contentType("application/json").body(Map.of("scores", scores))
                .put(election + "/elections/" + electionId + "/ballot").then().statusCode(200).extract().jsonPath();
        keep(electionId, receipt);
    }

    /** director1 (the demo director; GovernanceScenarioTest may have recorded the same) holds the role in membership-service. */
    private void theDemoDirectorIsOnTheBoard(String officer) {
        String director = Tokens.subjectOf("director1");
        int registered = given().auth().oauth2(officer).contentType("application/json")
                .body("{\"subject\":\"%s\",\"name\":\"Dana Board\",\"displayName\":\"Dana Board\",\"email\":\"director1@pygov.test\"}"
                        .formatted(director))
                .post(membership + "/people").statusCode();
        assertThat(registered).isIn(201, 409);
        given().auth().oauth2(officer).contentType("application/json")
                .body("{\"role\":\"director\",\"from\":\"" + platform.now().minus(Duration.ofDays(1))
                        + "\",\"authority\":\"PSF Board election, certified result\"}")
                .post(membership + "/people/" + director + "/roles").then().statusCode(201);
    }

    /** The Board (director1, the one director of this platform) proposes the resolution and passes it. */
    private void theBoardPasses(String resolution) throws Exception {
        String directorToken = Tokens.fresh("director1");
        String id = Await.until("election-service accepts director1's resolution", () -> {
            var response = given().auth().oauth2(directorToken).contentType("application/json").body(resolution)
                    .post(election + "/board/resolutions");
            return response.statusCode() == 201 ? response.jsonPath().getString("id") : null;
        });
        given().get(election + "/board/resolutions/" + id).then().statusCode(200)
                .body("votes.personId", org.hamcrest.Matchers.contains(Tokens.subjectOf("director1")));
        given().auth().oauth2(directorToken).contentType("application/json").body("{\"vote\":\"yes\"}")
                .put(election + "/board/resolutions/" + id + "/vote").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("decided")).body("passed", org.hamcrest.Matchers.equalTo(true));
    }

    private String awaitVote(String kind, String subjectId) throws Exception {
        return Await.until("a " + kind + " vote on " + subjectId + " opens", () -> {
            List<Map<String, Object>> votes = given().get(election + "/votes").then().statusCode(200).extract().jsonPath().getList("");
            return votes.stream().filter(vote -> kind.equals(vote.get("kind")) && subjectId.equals(vote.get("subjectId")))
                    .map(vote -> (String) vote.get("id")).findFirst().orElse(null);
        });
    }

    private void castVote(String voteId, Person voter, String choice) {
        JsonPath receipt = given().auth().oauth2(voter.token()).contentType("application/json").body("{\"choice\":\"" + choice + "\"}")
                .put(election + "/votes/" + voteId + "/ballot").then().statusCode(200).extract().jsonPath();
        keep(voteId, receipt);
    }

    private void keep(String contestId, JsonPath receipt) {
        assertThat(receipt.getString("tracker")).hasSize(64);
        trackers.add(receipt.getString("tracker"));
        trackersByContest.computeIfAbsent(contestId, id -> new ArrayList<>()).add(receipt.getString("tracker"));
        ballotKeys.add(receipt.getString("ballotKey"));
    }

    private JsonPath awaitDecided(String voteId) throws Exception {
        return Await.until("vote " + voteId + " is decided", () -> {
            JsonPath vote = given().get(election + "/votes/" + voteId).then().statusCode(200).extract().jsonPath();
            return vote.get("result") != null ? vote : null;
        });
    }

    private String propose(Person councillor, String motion) throws Exception {
        return given().auth().oauth2(Community.freshTokenWith(councillor, "council-member")).contentType("application/json").body(motion)
                .post(election + "/council/motions").then().statusCode(201).extract().path("id");
    }

    private void voteOnMotion(String motionId, Person councillor, String vote) throws Exception {
        given().auth().oauth2(Community.freshTokenWith(councillor, "council-member")).contentType("application/json").body(vote)
                .put(election + "/council/motions/" + motionId + "/vote").then().statusCode(200);
    }

    private JsonPath awaitMotionDecided(String motionId) throws Exception {
        return Await.until("motion " + motionId + " is decided", () -> {
            JsonPath motion = given().get(election + "/council/motions/" + motionId).then().statusCode(200).extract().jsonPath();
            return motion.get("decidedAt") != null ? motion : null;
        });
    }

    private Map<String, JsonNode> heldSeats() throws Exception {
        JsonNode seats = JSON.readTree(given().get(election + "/council/seats").then().statusCode(200).extract().asString());
        Map<String, JsonNode> held = new LinkedHashMap<>();
        seats.forEach(seat -> {
            if ("held".equals(seat.get("status").asText())) {
                held.put(seat.get("personId").asText(), seat);
            }
        });
        return held;
    }

    private String[] idsOf(String... names) {
        return java.util.Arrays.stream(names).map(name -> people.get(name).id()).toArray(String[]::new);
    }

    private String rosterStatus(Person person) {
        List<Map<String, Object>> history = given().get(membership + "/roster/" + person.id() + "/history").then().statusCode(200)
                .extract().jsonPath().getList("");
        return (String) history.get(history.size() - 1).get("status");
    }

    private List<String> noticesOf(Person person, String kind) {
        return given().auth().oauth2(person.token()).get(notification + "/inbox").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.kind == '" + kind + "' }.body");
    }

    private static <T> List<String> duplicates(List<T> items, Function<T, String> identity) {
        return items.stream().collect(Collectors.groupingBy(identity, Collectors.counting())).entrySet().stream()
                .filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
