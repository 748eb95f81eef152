package dev.pygov.election.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request bodies of the council motion API. */
public final class MotionRequests {

    private MotionRequests() {
    }

    /**
     * kind: general, nominate-returning-officer, appoint-replacement, replace-out-of-touch or remove-community-member;
     * the other fields are the kind's parameters (see docs/elections.md).
     */
    public record Propose(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20000) String text, @NotBlank String kind,
                          @Size(max = 200) String subjectId, @Size(max = 40) String electionKind, @Size(max = 10) String cohort,
                          Integer seats, @Size(max = 20) String seatId, @Size(max = 200) String missingCouncillorId,
                          Instant outOfTouchSince) {
    }

    /** vote: yes, no or abstain; conflictOfInterest: true declares a conflict, after which only abstain is accepted. */
    public record Vote(@NotBlank String vote, Boolean conflictOfInterest) {
    }
}
