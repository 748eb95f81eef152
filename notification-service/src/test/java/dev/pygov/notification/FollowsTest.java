package dev.pygov.notification;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(SwitchableSmtpResource.class)
class FollowsTest {

    @Test
    @TestSecurity(user = "follower-1")
    void aPersonFollowsAndUnfollowsProposalsAndATooLongIdIsAProblemThatChangesNothing() {
        given().put("/follows/proposals/p-1").then().statusCode(200).body("", contains("p-1"));
        given().put("/follows/proposals/p-1").then().statusCode(200).body("", contains("p-1"));
        given().put("/follows/proposals/" + "x".repeat(201)).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("proposalId"));
        given().get("/follows/proposals").then().statusCode(200).body("", contains("p-1"));
        given().delete("/follows/proposals/p-1").then().statusCode(200).body("", empty());
    }

    @Test
    void followingNeedsALogin() {
        given().get("/follows/proposals").then().statusCode(401);
        given().put("/follows/proposals/p-1").then().statusCode(401);
    }
}
