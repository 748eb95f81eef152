package dev.pygov.membership;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * CORS comes from one setting every service shares (pygov.cors.origins, in service-commons); this service's test
 * profile allows one web origin.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class CrossOriginTest {

    private static final String ALLOWED = "https://web.pygov.test";
    private static final String OTHER = "https://evil.example";

    @Test
    void aPreflightFromTheAllowedOriginMayCarryABearerToken() {
        given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/people/me/roles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    @TestSecurity(user = "member-cors", roles = "basic-member")
    void theActualCallFromTheAllowedOriginIsAnsweredWithItsOrigin() {
        given().header("Origin", ALLOWED)
                .get("/people/me/roles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .body("personId", equalTo("member-cors"));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "POST")
                .options("/people")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @TestSecurity(user = "member-cors", roles = "basic-member")
    void theActualCallFromAnotherOriginIsRefused() {
        given().header("Origin", OTHER)
                .get("/people/me/roles")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
