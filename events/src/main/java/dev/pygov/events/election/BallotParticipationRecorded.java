package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.election.ballot-participation-recorded.v1", topic = Topics.ELECTION, key = "vote or election id",
        description = "A person on the roll cast a ballot. Carries no time and nothing of the ballot's content.")
public record BallotParticipationRecorded(String voteId, String personId) implements EventPayload {
    @Override
    public String key() {
        return voteId;
    }
}
