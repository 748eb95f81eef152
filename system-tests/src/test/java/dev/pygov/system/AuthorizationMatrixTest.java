package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.devstack.keycloak.DemoUsers;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

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

    record Caller(String name, String token, Set<String> roles) {
    }

    record Operation(String service, String method, String path, String url, List<String> admittedRoles, boolean secured,
                     String contentType) {
        String describe() {
            return method.toUpperCase() + " " + service + path;
        }
    }

    @Test
    void everyEndpointAnswersEveryCallerAsItsDeclaredRolesSay() throws IOException {
        List<Caller> callers = callers();
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(operationsOf(service));
        }
        assertThat(operations).as("every service documents its endpoints").hasSizeGreaterThan(40);

        List<String> violations = new ArrayList<>();
        List<String> matrix = new ArrayList<>();
        matrix.add("endpoint,admitted roles," + String.join(",", callers.stream().map(Caller::name).toList()));
        for (Operation operation : operations) {
            List<String> row = new ArrayList<>();
            for (Caller caller : callers) {
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
    private static String expectation(Operation operation, Caller caller) {
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

    private static Response call(Operation operation, Caller caller) {
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

    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", null, Set.of()));
        for (var user : DemoUsers.ALL) {
            String token = Tokens.fresh(user.username());
            Set<String> roles = new TreeSet<>();
            Tokens.claims(token).path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
            callers.add(new Caller(user.username(), token, roles));
        }
        return callers;
    }

    private static List<Operation> operationsOf(String service) throws IOException {
        String base = PlatformExtension.platform().serviceUrl(service);
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get(base + "/q/openapi").asString());
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                if (!operation.isObject() || !operation.has("responses")) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                boolean secured = false;
                for (JsonNode requirement : operation.path("security")) {
                    secured = true;
                    requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
                }
                String contentType = operation.path("requestBody").path("content").fieldNames().hasNext()
                        ? operation.path("requestBody").path("content").fieldNames().next() : "application/json";
                operations.add(new Operation(service, method.getKey(), path.getKey(),
                        base + concrete(path.getKey(), parameters(path.getValue(), operation)), roles, secured, contentType));
            }
        }
        return operations;
    }

    /** Path parameters by name with their schema format, so a uuid parameter gets a well-formed (unknown) uuid. */
    private static Map<String, String> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, String> formats = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                if ("path".equals(parameter.path("in").asText())) {
                    formats.put(parameter.path("name").asText(), parameter.path("schema").path("format").asText(""));
                }
            }
        }
        return formats;
    }

    private static String concrete(String template, Map<String, String> formats) {
        String url = template;
        for (Map.Entry<String, String> parameter : formats.entrySet()) {
            String value = switch (parameter.getValue()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "int32", "int64" -> "987654";
                default -> "matrix-probe";
            };
            url = url.replace("{" + parameter.getKey() + "}", value);
        }
        return url;
    }
}
