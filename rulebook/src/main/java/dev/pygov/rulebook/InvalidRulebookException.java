package dev.pygov.rulebook;

/** A rulebook document that breaks its schema or its own invariants. */
public class InvalidRulebookException extends RuntimeException {
    public InvalidRulebookException(String message) {
        super(message);
    }

    public InvalidRulebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
