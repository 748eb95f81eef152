package dev.pygov.membership.domain;

import dev.pygov.commons.problem.ProblemException;

import java.time.Instant;

/** Seed: "another Packaging community member seconds the call within two weeks" (the rulebook's seconding window). */
public final class AdmissionRules {

    private AdmissionRules() {
    }

    public static void checkSecond(AdmissionStatus status, String calledBy, Instant deadline, String seconder, Instant now) {
        if (status != AdmissionStatus.AWAITING_SECOND) {
            throw ProblemException.conflict("call-not-awaiting-second", "the call is " + Wire.of(status)
                    + " and can no longer be seconded", "callId");
        }
        if (calledBy.equals(seconder)) {
            throw ProblemException.rule("own-call", "the member who called for the vote cannot second it: another member must",
                    "secondedBy");
        }
        if (!now.isBefore(deadline)) {
            throw ProblemException.rule("seconding-window-closed", "the call had to be seconded before " + deadline
                    + "; it lapses unseconded", "secondedAt");
        }
    }
}
