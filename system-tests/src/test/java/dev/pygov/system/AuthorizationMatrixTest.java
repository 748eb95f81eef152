package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of every service, as its own OpenAPI document lists it, called anonymously and with a real token of
 * every demo login. The roles an endpoint admits are the ones its OpenAPI security requirement names (Quarkus derives
 * them from {@code @RolesAllowed}); the expected answer follows: anonymous 401 on a secured endpoint, a login without
 * an admitted role 403 {@code role-required}, a login with one never refused for its role, and never a 5xx. The
 * requests carry placeholder ids and empty bodies, so an admitted caller meets validation or not-found, never a change.
 */
@ExtendWith(PlatformExtension.class)
class AuthorizationMatrixTest {

    private static final List<String> SERVICES = List.of("membership", "election", "proposal", "notification");
    private static final String ROLE_REQUIRED = "role-required";
    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch");

    @Test
    void everyEndpointAnswersEveryCallerAsItsDeclaredRolesSay() throws IOException {
        List<ApiOperations.Caller> callers = ApiOperations.callers();
        List<ApiOperations.Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(ApiOperations.of(service));
        }
        assertThat(operations).as("every service documents its endpoints").hasSizeGreaterThan(40);

        List<String> violations = new ArrayList<>();
        List<String> matrix = new ArrayList<>();
        matrix.add("endpoint,admitted roles," + String.join(",", callers.stream().map(ApiOperations.Caller::name).toList()));
        for (ApiOperations.Operation operation : operations) {
            List<String> row = new ArrayList<>();
            for (ApiOperations.Caller caller : callers) {
                Response response = call(operation, caller);
                int status = response.statusCode();
                row.add(Integer.toString(status));
                String problemType = problemType(response);
                String expectation = expectation(operation, caller);
                boolean met = switch (expectation) {
                    case "401" -> status == 401;
                    case "403" -> status == 403 && problemType.endsWith(ROLE_REQUIRED);
                    default -> status != 401 && !(status == 403 && problemType.endsWith(ROLE_REQUIRED));
                };
                if (!met || status >= 500) {
                    violations.add(operation.describe() + " as " + caller.name() + ": expected " + expectation + ", got " + status
                            + (problemType.isEmpty() ? "" : " " + problemType));
                }
            }
            matrix.add(operation.describe() + "," + String.join(" ", operation.admittedRoles()) + "," + String.join(",", row));
        }
        Path report = Path.of("target", "authorization-matrix.csv");
        Files.createDirectories(report.getParent());
        Files.write(report, matrix);

        assertThat(violations).as("authorisation matrix violations (full matrix in %s)", report.toAbsolutePath()).isEmpty();
    }

    /** What a caller must get: 401, 403 (role-required) or "admitted" (anything but a refusal for want of a role). */
    private static String expectation(ApiOperations.Operation operation, ApiOperations.Caller caller) {
        if (!operation.secured()) {
            return "admitted";
        }
        if (caller.token() == null) {
            return "401";
        }
        if (operation.admittedRoles().isEmpty()) {
            return "admitted"; // any authenticated caller
        }
        return operation.admittedRoles().stream().anyMatch(caller.roles()::contains) ? "admitted" : "403";
    }

    private static Response call(ApiOperations.Operation operation, ApiOperations.Caller caller) {
        RequestSpecification request = given().redirects().follow(false);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        if (BODY_METHODS.contains(operation.method())) {
            request.contentType(operation.contentType()).body(operation.contentType().contains("json") ? "{}" : "");
        }
        return request.request(operation.method().toUpperCase(), operation.url());
    }

    private static String problemType(Response response) {
        String contentType = response.contentType();
        if (contentType == null || !contentType.contains("json")) {
            return "";
        }
        try {
            JsonNode body = new ObjectMapper().readTree(response.asString());
            return body.path("type").asText("");
        } catch (IOException e) {
            return "";
        }
    }

}
