package dev.pygov.election.domain;

import java.time.Instant;

/**
 * What a councillor proposes. Which parameters matter depends on the kind:
 * nominate-returning-officer: subjectId (the officer), electionKind (cohort or by-election), cohort, seats (by-election);
 * appoint-replacement: subjectId (the appointee), seatId (the vacant seat);
 * replace-out-of-touch: missingCouncillorId, outOfTouchSince, subjectId (the replacement);
 * remove-community-member: subjectId (the member).
 */
public record MotionProposal(String kind, String title, String text, String subjectId, String electionKind, String cohort,
                             Integer seats, String seatId, String missingCouncillorId, Instant outOfTouchSince) {
}
