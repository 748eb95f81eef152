package dev.pygov.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a-secret-of-sufficient-length");

    @Test
    void aSignedTokenNamesItsPersonAndKind() {
        String token = tokens.sign("person-1", NoticeKind.PROPOSAL_MOVED);
        assertThat(tokens.verify(token)).contains(new UnsubscribeTokens.Subscription("person-1", NoticeKind.PROPOSAL_MOVED));
    }

    @Test
    void aTokenForAnotherPersonOrKindCannotBeForgedFromOne() {
        String token = tokens.sign("person-1", NoticeKind.PROPOSAL_MOVED);
        String signature = token.substring(token.indexOf('.'));
        String otherClaim = tokens.sign("person-2", NoticeKind.PROPOSAL_MOVED);
        assertThat(tokens.verify(otherClaim.substring(0, otherClaim.indexOf('.')) + signature)).isEmpty();
        assertThat(tokens.verify(token + "x")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("!!!.???")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String token = new UnsubscribeTokens("another-secret-of-some-length").sign("person-1", NoticeKind.WELCOME);
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new UnsubscribeTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
