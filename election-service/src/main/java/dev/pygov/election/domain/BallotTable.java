package dev.pygov.election.domain;

/** Where the secret ballots of one kind of box live (council elections' scores, votes' choices) and who may cast them. */
public enum BallotTable {
    ELECTION("ballot", "election_id", "scores", "roll_entry", "election"),
    VOTE("vote_ballot", "vote_id", "choice", "vote_roll", "vote");

    final String table;
    final String boxColumn;
    final String contentColumn;
    /** The box's roll (who may cast, whether they did), keyed by the same box column and {@code person_id}. */
    final String rollTable;
    /** What a voter calls the box, in problem details. */
    final String noun;

    BallotTable(String table, String boxColumn, String contentColumn, String rollTable, String noun) {
        this.table = table;
        this.boxColumn = boxColumn;
        this.contentColumn = contentColumn;
        this.rollTable = rollTable;
        this.noun = noun;
    }
}
