package dev.pygov.election.domain;

import java.sql.SQLException;

/**
 * Failures as they may be logged where ballots are handled: the exception classes, SQL states and constraint names of
 * the chain with their stack traces, never the messages, which can quote a row (PostgreSQL's {@code Detail: Key
 * (tracker)=(...)} or {@code Failing row contains (...)}). See docs/decisions/0518. Plain Java.
 */
public final class LogSafe {

    private LogSafe() {
    }

    /** A copy of the failure and its causes without their messages, to pass to a logger. */
    public static RuntimeException scrubbed(Throwable failure) {
        Throwable cause = failure.getCause() == null || failure.getCause() == failure ? null : scrubbed(failure.getCause());
        Scrubbed copy = new Scrubbed(describeOne(failure), cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** One line naming the failure and its causes: classes, SQL states and constraints only. */
    public static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            line.append(line.isEmpty() ? "" : " <- ").append(describeOne(t));
        }
        return line.toString();
    }

    private static String describeOne(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            text.append(" SQLState ").append(sql.getSQLState());
        }
        if (failure instanceof org.hibernate.exception.ConstraintViolationException violation && violation.getConstraintName() != null) {
            text.append(" constraint ").append(violation.getConstraintName());
        }
        return text.toString();
    }

    /** The scrubbed stand-in for a failure; its message is only what {@link #describe} keeps. */
    static final class Scrubbed extends RuntimeException {
        Scrubbed(String message, Throwable cause) {
            super(message, cause, false, true);
        }
    }
}
