package dev.pygov.events.election;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

@EventType(value = "dev.pygov.election.motion-decided.v1", topic = Topics.ELECTION, key = "motion id",
        description = "A council motion was decided; every councillor's vote is public. subjectId names whom its effect concerns (the Returning Officer nominated, the replacement appointed, the member removed), or is null.")
public record MotionDecided(String motionId, String kind, String subjectId, boolean passed, int yes, int no, int abstain, int silent, String explanation, int rulebookVersion) implements EventPayload {
    @Override
    public String key() {
        return motionId;
    }
}
