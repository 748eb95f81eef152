package dev.pygov.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code field} names the offending input (JSON pointer style,
 * e.g. {@code ballot.scores.alice}); {@code errors} lists every invalid field when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String field,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://pygov.dev/problems/";

    public record FieldError(String field, String detail) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
