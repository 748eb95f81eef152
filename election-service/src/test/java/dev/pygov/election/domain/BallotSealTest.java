package dev.pygov.election.domain;

import dev.pygov.election.domain.BallotSeal.PendingBallot;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotSealTest {

    private static final String KEY = "a-test-key-of-at-least-thirty-two-characters";
    private final BallotSeal seal = new BallotSeal(KEY);
    private final UUID box = UUID.randomUUID();
    private final PendingBallot ballot = new PendingBallot(Trackers.trackerOf(UUID.randomUUID(), Trackers.newSecret()), "5,4,0,3", true, 1_733_212_800_123_456_789L);

    @Test
    void whatIsSealedOpensToTheSameBallotForTheSameBox() {
        assertThat(seal.open(box, seal.seal(box, ballot))).isEqualTo(ballot);
        PendingBallot unicode = new PendingBallot(ballot.tracker(), "approve – Ünïcode", false, 0);
        assertThat(seal.open(box, seal.seal(box, unicode))).isEqualTo(unicode);
    }

    @Test
    void theSealedBytesShowNeitherTrackerNorContentAndDifferEachTime() {
        byte[] sealed = seal.seal(box, ballot);
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(ballot.tracker()).doesNotContain("5,4,0,3");
        assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(ballot.tracker());
        assertThat(seal.seal(box, ballot)).isNotEqualTo(sealed);
    }

    @Test
    void aBallotSealedForAnotherBoxOrUnderAnotherKeyOrTamperedWithDoesNotOpen() {
        byte[] sealed = seal.seal(box, ballot);
        assertThatThrownBy(() -> seal.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BallotSeal(KEY + "-rotated").open(box, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("intake key");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> seal.open(box, tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open(box, new byte[5])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortOrMissingKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new BallotSeal("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PYGOV_BALLOT_INTAKE_KEY");
        assertThatThrownBy(() -> new BallotSeal(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
