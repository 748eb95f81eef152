package dev.pygov.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.devstack.keycloak.DemoUsers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The endpoints a running service documents in its own OpenAPI document, each with the roles its security requirement
 * admits and a concrete URL (placeholder path parameters: a well-formed unknown uuid where the parameter is a uuid).
 */
final class ApiOperations {

    record Operation(String service, String method, String path, String url, List<String> admittedRoles, boolean secured,
                     String contentType, JsonNode requestSchema) {
        String describe() {
            return method.toUpperCase() + " " + service + path;
        }

        boolean takesJsonBody() {
            return !requestSchema.isMissingNode() && contentType.contains("json");
        }
    }

    /** Anonymous, or a demo login with a fresh real token and the realm roles that token carries. */
    record Caller(String name, String token, Set<String> roles) {
    }

    private ApiOperations() {
    }

    static List<Caller> callers() {
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

    static List<Operation> of(String service) throws IOException {
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
                        base + concrete(path.getKey(), parameters(path.getValue(), operation)), roles, secured, contentType,
                        operation.path("requestBody").path("content").path(contentType).path("schema")));
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
