package dev.pygov.notification.domain;

import dev.pygov.commons.problem.ProblemException;

/** Which preference changes are allowed: plain rules, callable without Quarkus. */
public final class PreferenceRules {

    public static final String CONFIRM_FIELD = "confirmNoEmail";

    private PreferenceRules() {
    }

    /** Refuses to stop e-mail for a rights-deciding kind unless the person explicitly confirmed it. */
    public static void checkChange(NoticeKind kind, Channel channel, boolean confirmedNoEmail) {
        if (kind.rightsDeciding() && !channel.reachesByEmail() && !confirmedNoEmail) {
            throw ProblemException.rule("rights-notice-needs-confirmation",
                    "'" + kind.code() + "' tells you when you must act to use a right; to stop its e-mail, send "
                            + CONFIRM_FIELD + "=true", CONFIRM_FIELD);
        }
    }
}
