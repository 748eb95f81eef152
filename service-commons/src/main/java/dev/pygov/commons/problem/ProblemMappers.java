package dev.pygov.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Maps every failure a resource can raise to RFC 9457 problem details: one mapper for all four services. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return Problems.response(e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.detail()).collect(Collectors.joining("; "));
        return Problems.response(400, "invalid-input", "Invalid input", detail,
                errors.isEmpty() ? null : errors.get(0).field(), errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()))
                .collect(Collectors.joining("."));
        return Problems.response(400, "invalid-input", "Invalid input",
                "cannot read " + (field.isEmpty() ? "the body" : field) + ": " + e.getOriginalMessage(),
                field.isEmpty() ? null : field, List.of());
    }

    /**
     * The wrong type for a field, or a body of the wrong shape. Quarkus REST ships its own mapper for this subtype
     * (an empty 400); the most specific mapper wins, so it is named here too.
     */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return Problems.response(400, "malformed-json", "Malformed JSON", e.getOriginalMessage(), null, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().hasEntity() || status == 401) {
            return e.getResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return Problems.response(status, "http-" + status, title, e.getMessage(), null, List.of());
    }

    /** A caller whose roles do not allow the action: a problem body instead of an empty 403. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return Problems.response(403, "role-required", "Not allowed",
                "your roles do not allow this: see the endpoint's description for who may do it", null, List.of());
    }

    /** An anonymous caller on an endpoint that needs a token: a problem body instead of an empty 401. */
    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e) {
        return Response.fromResponse(Problems.response(401, "authentication-required", "Authentication required",
                "this action needs a bearer token from the PyGov realm", null, List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof io.quarkus.security.AuthenticationFailedException
                || e instanceof io.quarkus.security.UnauthorizedException) {
            throw e;
        }
        LOG.error("unexpected failure", e);
        return Problems.response(500, "internal-error", "Internal error",
                "the request failed unexpectedly and changed nothing; the operators have the details in the log", null, List.of());
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Method-parameter paths look like "create.request.name": drop the method and parameter names.
        List<String> names = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName)
                .filter(n -> n != null && !n.startsWith("<"))
                .toList();
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
