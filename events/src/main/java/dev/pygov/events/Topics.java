package dev.pygov.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kafka topics PyGov publishes, and who may do what with them: the one place the broker's ACLs (devstack, chart
 * documentation) and the consumers' check of an event's CloudEvents {@code source} come from. Each event topic is
 * written by exactly one service, the owner of its facts; a service's Kafka principal is its application name.
 */
public final class Topics {
    public static final String MEMBERSHIP = "pygov.membership.events";
    public static final String ELECTION = "pygov.election.events";
    public static final String PROPOSAL = "pygov.proposal.events";
    /** Where notification-service puts events it could not process (SmallRye's dead-letter queue). */
    public static final String NOTIFICATION_DEAD_LETTER = "pygov.notification.dead-letter";

    public static final List<String> ALL = List.of(MEMBERSHIP, ELECTION, PROPOSAL);

    public static final String MEMBERSHIP_SERVICE = "membership-service";
    public static final String ELECTION_SERVICE = "election-service";
    public static final String PROPOSAL_SERVICE = "proposal-service";
    public static final String NOTIFICATION_SERVICE = "notification-service";

    /** Every service, which is also its Kafka principal, its consumer group and its CloudEvents source ("/" + name). */
    public static final List<String> SERVICES = List.of(MEMBERSHIP_SERVICE, ELECTION_SERVICE, PROPOSAL_SERVICE, NOTIFICATION_SERVICE);

    /** The owner of each event topic: the only service that may write it. */
    public static final Map<String, String> OWNERS = Map.of(
            MEMBERSHIP, MEMBERSHIP_SERVICE,
            ELECTION, ELECTION_SERVICE,
            PROPOSAL, PROPOSAL_SERVICE);

    /** The topics each service consumes, and may read; nothing else. */
    public static final Map<String, List<String>> CONSUMED = Map.of(
            MEMBERSHIP_SERVICE, List.of(ELECTION),
            ELECTION_SERVICE, List.of(MEMBERSHIP, PROPOSAL),
            PROPOSAL_SERVICE, List.of(ELECTION),
            NOTIFICATION_SERVICE, List.of(MEMBERSHIP, ELECTION, PROPOSAL));

    private Topics() {
    }

    /** The topics a service may write: those it owns and its own dead-letter topic. */
    public static List<String> writtenBy(String service) {
        List<String> owned = OWNERS.entrySet().stream().filter(e -> e.getValue().equals(service)).map(Map.Entry::getKey)
                .sorted().toList();
        return NOTIFICATION_SERVICE.equals(service)
                ? List.of(NOTIFICATION_DEAD_LETTER)
                : owned;
    }

    /** The topics a service may read. */
    public static List<String> readBy(String service) {
        return CONSUMED.getOrDefault(service, List.of());
    }

    /** Every topic the platform uses, event and dead-letter topics alike. */
    public static List<String> everyTopic() {
        return List.of(MEMBERSHIP, ELECTION, PROPOSAL, NOTIFICATION_DEAD_LETTER);
    }

    public static Optional<String> owner(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }

    /** The CloudEvents {@code source} a service writes: "/" + its name (the outbox adds nothing else). */
    public static String sourceOf(String service) {
        return "/" + service;
    }

    /**
     * Whether an event with this CloudEvents {@code source} may appear on this topic: only if it names the topic's
     * owner ("/membership-service", or a path under it). An unknown topic has no owner, so nothing on it is trusted.
     */
    public static boolean fromOwner(String topic, String source) {
        if (source == null) {
            return false;
        }
        return owner(topic).map(Topics::sourceOf)
                .map(expected -> source.equals(expected) || source.startsWith(expected + "/"))
                .orElse(false);
    }
}
