package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;

/** Which seats an election fills: the whole council, one cohort, or a vacancy within a cohort. */
public enum ElectionKind {
    WHOLE_COUNCIL("whole-council"),
    COHORT("cohort"),
    BY_ELECTION("by-election");

    private final String wireName;

    ElectionKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ElectionKind fromWire(String name, String field) {
        for (ElectionKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw ProblemException.invalid(field, "kind must be whole-council, cohort or by-election, was '" + name + "'");
    }
}
