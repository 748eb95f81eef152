package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;
import java.util.List;

@EventType(value = "dev.pygov.election.motion-opened.v1", topic = Topics.ELECTION, key = "motion id",
        description = "A council motion awaits every councillor's vote or abstention.")
public record MotionOpened(String motionId, String kind, String title, List<String> councillorIds, Instant deadline) implements EventPayload {
    @Override
    public String key() {
        return motionId;
    }
}
