package dev.pygov.tally;

/**
 * How ties are broken before the {@link FinalStep}. Both protocols break a runoff tie the same way
 * (preference, then total score, then maximum-score ratings); they differ in the scoring round.
 */
public enum TieBreakProtocol {
    /**
     * starvoting.org's Official Tiebreaker Protocol: in the scoring round, repeatedly eliminate the
     * tied candidate(s) losing the most head-to-head match-ups, then compare maximum-score ratings.
     */
    OFFICIAL("official"),
    /**
     * As the {@code starvote} 2.1.6 library counts: in the scoring round, one point per ballot per
     * tied rival scored lower; then maximum-score ratings.
     */
    STARVOTE("starvote");

    private final String cliName;

    TieBreakProtocol(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static TieBreakProtocol fromCliName(String name) {
        for (TieBreakProtocol protocol : values()) {
            if (protocol.cliName.equals(name)) {
                return protocol;
            }
        }
        throw new IllegalArgumentException("unknown tie-break protocol '" + name + "' (expected official or starvote)");
    }
}
