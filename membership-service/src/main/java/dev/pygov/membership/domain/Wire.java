package dev.pygov.membership.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enum constants as the API and the database spell them: lower case, words joined by hyphens. */
public final class Wire {

    private Wire() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }

    /** The constant spelled {@code value}, or a problem naming {@code field} and listing what is allowed. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Wire::of).collect(Collectors.joining(", "));
        throw ProblemException.invalid(field, (value == null ? "a value" : "'" + value + "'") + " is not allowed: use one of " + allowed);
    }
}
