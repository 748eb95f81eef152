package dev.pygov.tally.decision;

/** Yes / no / abstain counts of a decision vote. */
public record VoteCounts(long yes, long no, long abstain) {
    public VoteCounts {
        if (yes < 0 || no < 0 || abstain < 0) {
            throw new IllegalArgumentException("vote counts must not be negative");
        }
    }

    /** Everyone who returned a ballot, abstentions included. */
    public long ballotsCast() {
        return yes + no + abstain;
    }

    public long nonAbstaining() {
        return yes + no;
    }
}
