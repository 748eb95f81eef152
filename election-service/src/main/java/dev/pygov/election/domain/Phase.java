package dev.pygov.election.domain;

/** The phases of a council election, in order; tie-pending only when the count stopped at an unresolved tie. */
public enum Phase {
    DRAFT("draft"),
    NOMINATIONS_OPEN("nominations-open"),
    VOTING_OPEN("voting-open"),
    CLOSED("closed"),
    COUNTED("counted"),
    TIE_PENDING("tie-pending"),
    CERTIFIED("certified");

    private final String wireName;

    Phase(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
