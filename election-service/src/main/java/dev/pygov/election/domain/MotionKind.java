package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;

import java.util.Arrays;

/** What a council motion decides, and which of the rulebook's motion rules applies to it. */
public enum MotionKind {
    GENERAL("general"),
    NOMINATE_RETURNING_OFFICER("nominate-returning-officer"),
    APPOINT_REPLACEMENT("appoint-replacement"),
    REPLACE_OUT_OF_TOUCH("replace-out-of-touch"),
    REMOVE_COMMUNITY_MEMBER("remove-community-member");

    private final String wireName;

    MotionKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public Rulebook.MotionRule rule(Rulebook.CouncilMotions motions) {
        return switch (this) {
            case GENERAL -> motions.general();
            case NOMINATE_RETURNING_OFFICER -> motions.nominateReturningOfficer();
            case APPOINT_REPLACEMENT -> motions.appointReplacement();
            case REPLACE_OUT_OF_TOUCH -> motions.replaceOutOfTouch();
            case REMOVE_COMMUNITY_MEMBER -> motions.removeCommunityMember();
        };
    }

    public static MotionKind fromWire(String name, String field) {
        for (MotionKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw ProblemException.invalid(field, "kind must be one of "
                + Arrays.stream(values()).map(MotionKind::wireName).toList() + ", was '" + name + "'");
    }
}
