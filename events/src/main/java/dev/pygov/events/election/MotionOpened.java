package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.Instant;
import java.util.List;

@EventType(value = "dev.pygov.election.motion-opened.v1", topic = Topics.ELECTION, key = "motion id",
        description = "A council motion awaits every councillor's vote or abstention. subjectId names whom its effect concerns (nominee, replacement, member to remove), or is null for a general resolution.")
public record MotionOpened(String motionId, String kind, String title, String subjectId, List<String> councillorIds, Instant deadline) implements EventPayload {
    @Override
    public String key() {
        return motionId;
    }
}
