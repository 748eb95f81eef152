package dev.pygov.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notice is about. Each kind has its own preference and unsubscribe link. Rights-deciding kinds tell people
 * they must act to keep or use a right, so e-mail for them is not given up without an explicit confirmation.
 */
public enum NoticeKind {
    WELCOME("welcome", "Welcome", false, Channel.EMAIL),
    VOTING_OPENED("voting-opened", "Voting opened", true, Channel.EMAIL),
    NOMINATIONS_OPEN("nominations-open", "Council nominations opened", false, Channel.EMAIL),
    CALL_NEEDS_SECOND("call-needs-second", "A call for a community vote needs a second", false, Channel.EMAIL),
    MOTION_AWAITING_VOTE("motion-awaiting-vote", "A council motion awaits your vote", true, Channel.EMAIL),
    DEADLINE_REMINDER("deadline-reminder", "Deadline reminders", false, Channel.EMAIL),
    PROPOSAL_MOVED("proposal-moved", "Your proposal moved", false, Channel.EMAIL),
    /** Opt-in: results and decisions concern everyone, so only those who subscribed are told. */
    RESULTS_PUBLISHED("results-published", "Results and decisions published", false, Channel.OFF);

    private final String code;
    private final String label;
    private final boolean rightsDeciding;
    private final Channel defaultChannel;

    NoticeKind(String code, String label, boolean rightsDeciding, Channel defaultChannel) {
        this.code = code;
        this.label = label;
        this.rightsDeciding = rightsDeciding;
        this.defaultChannel = defaultChannel;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean rightsDeciding() {
        return rightsDeciding;
    }

    public Channel defaultChannel() {
        return defaultChannel;
    }

    public static Optional<NoticeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
