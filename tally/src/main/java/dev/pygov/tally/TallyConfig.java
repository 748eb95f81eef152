package dev.pygov.tally;

import java.util.Objects;

/**
 * What to count and how to break ties.
 *
 * @param method    STAR, Bloc STAR or approval
 * @param seats     seats to fill (1 for STAR)
 * @param protocol  tie-break protocol applied before the final step (ignored by approval)
 * @param finalStep what to do once the protocol cannot separate candidates
 */
public record TallyConfig(Method method, int seats, TieBreakProtocol protocol, FinalStep finalStep) {
    public TallyConfig {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(finalStep, "finalStep");
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be at least 1, was " + seats);
        }
        if (method == Method.STAR && seats != 1) {
            throw new IllegalArgumentException("STAR fills exactly one seat; use Bloc STAR for " + seats);
        }
    }

    public static TallyConfig star(TieBreakProtocol protocol, FinalStep finalStep) {
        return new TallyConfig(Method.STAR, 1, protocol, finalStep);
    }

    public static TallyConfig blocStar(int seats, TieBreakProtocol protocol, FinalStep finalStep) {
        return new TallyConfig(Method.BLOC_STAR, seats, protocol, finalStep);
    }

    public static TallyConfig approval(int seats, FinalStep finalStep) {
        return new TallyConfig(Method.APPROVAL, seats, TieBreakProtocol.OFFICIAL, finalStep);
    }
}
