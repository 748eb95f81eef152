package dev.pygov.notification.domain;

import dev.pygov.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferenceRulesTest {

    @Test
    void stoppingEmailForARightsDecidingKindNeedsConfirmation() {
        for (Channel noEmail : new Channel[] {Channel.OFF, Channel.INBOX_ONLY}) {
            assertThatThrownBy(() -> PreferenceRules.checkChange(NoticeKind.VOTING_OPENED, noEmail, false))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(422);
                        org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(PreferenceRules.CONFIRM_FIELD);
                    });
            assertThatCode(() -> PreferenceRules.checkChange(NoticeKind.MOTION_AWAITING_VOTE, noEmail, true)).doesNotThrowAnyException();
        }
    }

    @Test
    void channelsThatStillMailAndOrdinaryKindsNeedNoConfirmation() {
        assertThatCode(() -> PreferenceRules.checkChange(NoticeKind.VOTING_OPENED, Channel.DAILY_DIGEST, false)).doesNotThrowAnyException();
        assertThatCode(() -> PreferenceRules.checkChange(NoticeKind.PROPOSAL_MOVED, Channel.OFF, false)).doesNotThrowAnyException();
    }
}
