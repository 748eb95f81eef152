package dev.pygov.commons.problem;

/**
 * A refusal the caller can act on. Thrown by domain services; mapped to problem details with a stable type.
 * Throwing it inside a transaction rolls the transaction back, so bad input changes nothing.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String field;

    public ProblemException(int status, String slug, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.field = field;
    }

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(400, "invalid-input", "Invalid input", detail, field);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ProblemException conflict(String slug, String detail, String field) {
        return new ProblemException(409, slug, "Conflict with the current state", detail, field);
    }

    public static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(403, slug, "Not allowed", detail, null);
    }

    public static ProblemException rule(String slug, String detail, String field) {
        return new ProblemException(422, slug, "Refused by the rules", detail, field);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
