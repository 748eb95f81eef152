package dev.pygov.events;

import java.util.List;

/** The Kafka topics PyGov publishes. Each is written by exactly one service, the owner of its facts. */
public final class Topics {
    public static final String MEMBERSHIP = "pygov.membership.events";
    public static final String ELECTION = "pygov.election.events";
    public static final String PROPOSAL = "pygov.proposal.events";

    public static final List<String> ALL = List.of(MEMBERSHIP, ELECTION, PROPOSAL);

    private Topics() {
    }
}
