package dev.pygov.system;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Governance across the services, as the people using PyGov do it, with real Keycloak tokens: each step's effect
 * travels through the outbox, Kafka, the next service, and where a role changes, Keycloak and a fresh token.
 */
@ExtendWith(PlatformExtension.class)
class GovernanceScenarioTest {

    private final String membership = PlatformExtension.platform().serviceUrl("membership");
    private final String election = PlatformExtension.platform().serviceUrl("election");
    private final String proposal = PlatformExtension.platform().serviceUrl("proposal");
    private final String notification = PlatformExtension.platform().serviceUrl("notification");

    /**
     * A basic member proposes; the Board moves the proposal to resolution; the directors vote on a resolution in
     * election-service; the passed resolution makes it an active policy in proposal-service, and its author is told.
     */
    @Test
    void aBasicMembersProposalBecomesAnActivePolicyByAResolutionTheDirectorsVoteOn() throws Exception {
        String author = register("basic1", "Basil Basic");
        String director = register("director1", "Dana Board");
        given().auth().oauth2(Tokens.of("officer1")).contentType("application/json")
                .body("{\"role\":\"director\",\"from\":\"" + Instant.now().minusSeconds(60) + "\","
                        + "\"authority\":\"PSF Board election 2026, certified result\"}")
                .post(membership + "/people/" + director + "/roles").then().statusCode(201);

        String name = "GovernanceYear" + UUID.randomUUID().toString().substring(0, 8);
        String pageId = given().auth().oauth2(Tokens.fresh("basic1")).contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"title\":\"A strategic decision\",\"kind\":\"STRATEGIC_PROPOSAL\","
                        + "\"text\":\"The PSF will decide strategy in the open.\",\"comment\":\"first draft\"}")
                .post(proposal + "/pages").then().statusCode(201).extract().path("id");
        String directorToken = Await.until("director1's fresh token carries director", () -> {
            String fresh = Tokens.fresh("director1");
            return Community.rolesIn(fresh).contains("director") ? fresh : null;
        });
        given().auth().oauth2(directorToken).contentType("application/json")
                .body("{\"toSection\":\"ProposalsForResolution\",\"reason\":\"ready for the Board\"}")
                .post(proposal + "/PythonSoftwareFoundation/ProposalsForDiscussion/" + name + "/move").then().statusCode(200);

        // election-service knows the directors from membership's events; proposing waits until it knows this one.
        String resolutionId = Await.until("election-service accepts director1's resolution", () -> {
            var response = given().auth().oauth2(directorToken).contentType("application/json")
                    .body("{\"text\":\"Adopt " + name + "\",\"proposalId\":\"" + pageId + "\",\"revision\":1,"
                            + "\"proposedOutcome\":\"favourable\"}")
                    .post(election + "/board/resolutions");
            return response.statusCode() == 201 ? response.jsonPath().getString("id") : null;
        });
        JsonPath opened = given().get(election + "/board/resolutions/" + resolutionId).then().statusCode(200).extract().jsonPath();
        assertThat(opened.getString("proposedBy")).isEqualTo(director);
        assertThat(opened.getInt("directors")).as("the only director membership-service named on this platform").isEqualTo(1);
        given().auth().oauth2(directorToken).contentType("application/json").body("{\"vote\":\"yes\"}")
                .put(election + "/board/resolutions/" + resolutionId + "/vote").then().statusCode(200);

        JsonPath active = Await.until("the proposal is an active policy", () -> {
            JsonPath page = given().get(proposal + "/pages/" + pageId).then().extract().jsonPath();
            return "ActivePolicies".equals(page.getString("section")) ? page : null;
        });
        assertThat(active.getString("resolution.method")).isEqualTo("BOARD_RESOLUTION");
        assertThat(active.getString("resolution.reference")).isEqualTo(resolutionId);
        given().get(election + "/board/resolutions/" + resolutionId).then().statusCode(200)
                .body("passed", org.hamcrest.Matchers.equalTo(true));

        List<String> bodies = Await.until("the author is told the proposal became an active policy", () -> {
            List<String> notices = given().auth().oauth2(Tokens.fresh("basic1")).get(notification + "/inbox").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.kind == 'proposal-moved' }.body");
            return notices.stream().anyMatch(body -> body.contains(name) && body.contains("ActivePolicies")) ? notices : null;
        });
        // once for each move: to resolution, then to the active policies
        assertThat(bodies.stream().filter(body -> body.contains(name) && body.contains("ActivePolicies"))).hasSize(1);
        assertThat(author).isNotBlank();
    }

    /** Registers the demo login in membership-service (as an officer does), unless already registered; returns its subject. */
    private String register(String username, String name) {
        String subject = Tokens.subjectOf(username);
        int status = given().auth().oauth2(Tokens.of("officer1")).contentType("application/json")
                .body("{\"subject\":\"%s\",\"name\":\"%s\",\"displayName\":\"%s\",\"email\":\"%s@pygov.test\"}"
                        .formatted(subject, name, name, username))
                .post(membership + "/people").statusCode();
        assertThat(status).as("registering %s", username).isIn(201, 409);
        return subject;
    }
}
