package dev.pygov.election.domain;

/** Where the secret ballots of one kind of box live: council elections' scores, votes' choices. */
public enum BallotTable {
    ELECTION("ballot", "election_id", "scores"),
    VOTE("vote_ballot", "vote_id", "choice");

    final String table;
    final String boxColumn;
    final String contentColumn;

    BallotTable(String table, String boxColumn, String contentColumn) {
        this.table = table;
        this.boxColumn = boxColumn;
        this.contentColumn = contentColumn;
    }
}
