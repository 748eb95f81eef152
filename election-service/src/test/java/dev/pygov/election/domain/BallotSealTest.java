package dev.pygov.election.domain;

import dev.pygov.election.domain.BallotSeal.PendingBallot;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
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
        assertThat(seal.open(box, seal.seal(box, ballot, 16))).isEqualTo(ballot);
        PendingBallot unicode = new PendingBallot(ballot.tracker(), "approve – Ünïcode", false, 0);
        assertThat(seal.open(box, seal.seal(box, unicode, 32))).isEqualTo(unicode);
    }

    @Test
    void theSealedBytesShowNeitherTrackerNorContentAndDifferEachTime() {
        byte[] sealed = seal.seal(box, ballot, 16);
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(ballot.tracker()).doesNotContain("5,4,0,3");
        assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(ballot.tracker());
        assertThat(seal.seal(box, ballot, 16)).isNotEqualTo(sealed);
    }

    @Test
    void aBallotSealedForAnotherBoxOrUnderAnotherKeyOrTamperedWithDoesNotOpen() {
        byte[] sealed = seal.seal(box, ballot, 16);
        assertThatThrownBy(() -> seal.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BallotSeal(KEY + "-rotated").open(box, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("intake key");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> seal.open(box, tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open(box, new byte[5])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyBallotOfABoxSealsToOneLengthWhateverItSays() {
        List<String> poll = List.of("Online", "Lisbon", "Pittsburgh, Pennsylvania, United States", "Zoë");
        for (List<String> options : List.of(List.<String>of(), poll)) {
            int longest = VoteRules.longestChoice(options);
            List<String> choices = options.isEmpty() ? List.of("yes", "no", "abstain") : options;
            Set<Integer> lengths = new HashSet<>();
            for (String choice : choices) {
                for (boolean replacement : List.of(false, true)) {
                    lengths.add(seal.seal(box, new PendingBallot(ballot.tracker(), choice, replacement, 42), longest).length);
                }
            }
            assertThat(lengths).as("sealed lengths of every choice of %s", choices).hasSize(1);
        }
        int longest = BallotRules.longestEncoding(4, 5);
        Set<Integer> lengths = new HashSet<>();
        for (String scores : List.of("0,0,0,0", "5,4,0,3", "5,5,5,5")) {
            lengths.add(seal.seal(box, new PendingBallot(ballot.tracker(), scores, false, 42), longest).length);
        }
        assertThat(lengths).as("sealed lengths of council ballots").hasSize(1);
        assertThatThrownBy(() -> seal.seal(box, new PendingBallot(ballot.tracker(), "5,5,5,5,5", false, 0), longest))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShortOrMissingKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new BallotSeal("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PYGOV_BALLOT_INTAKE_KEY");
        assertThatThrownBy(() -> new BallotSeal(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
