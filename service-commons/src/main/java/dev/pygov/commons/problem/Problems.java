package dev.pygov.commons.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem responses; the one place their shape is decided. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String slug, String title, String detail, String field,
                                    List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.type(slug), title, status, detail, null, field, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(ProblemException e) {
        return response(e.status(), e.slug(), e.title(), e.getMessage(), e.field(), List.of());
    }
}
