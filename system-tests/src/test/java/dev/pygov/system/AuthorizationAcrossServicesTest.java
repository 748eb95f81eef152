package dev.pygov.system;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

/** Every service checks real Keycloak tokens: no token 401, a token without the role 403, with the role 200. */
@ExtendWith(PlatformExtension.class)
class AuthorizationAcrossServicesTest {

    @ParameterizedTest
    @ValueSource(strings = {"membership", "election", "proposal", "notification"})
    void theOperatorsOutboxViewNeedsTheAdminRole(String service) {
        String url = PlatformExtension.platform().serviceUrl(service) + "/admin/outbox";

        given().get(url).then().statusCode(401);
        given().auth().oauth2(Tokens.of("basic1")).get(url).then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin1")).get(url).then().statusCode(200)
                .body("pending", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"membership", "election", "proposal", "notification"})
    void aForgedTokenIsRefused(String service) {
        String url = PlatformExtension.platform().serviceUrl(service) + "/admin/outbox";
        String token = Tokens.of("admin1");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        given().auth().oauth2(tampered).get(url).then().statusCode(401);
    }
}
