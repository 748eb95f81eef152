package dev.pygov.membership.domain;

/**
 * Seed: failing to take part in two consecutive council elections removes a person from the voting list.
 * Counts consecutive misses among the elections whose roll the member was on.
 */
public final class MissedElections {

    private MissedElections() {
    }

    public static int after(int missedSoFar, boolean tookPart) {
        return tookPart ? 0 : missedSoFar + 1;
    }

    public static boolean becomesInactive(int missed, int limit) {
        return missed >= limit;
    }
}
