package dev.pygov.events.membership;

import dev.pygov.events.EventPayload;
import dev.pygov.events.EventType;
import dev.pygov.events.Topics;

import java.time.LocalDate;

@EventType(value = "dev.pygov.membership.membership-class-changed.v1", topic = Topics.MEMBERSHIP, key = "person id",
        description = "A person's PSF membership class changed (basic, supporting, contributing, managing, fellow); all but basic are voting members.")
public record MembershipClassChanged(String personId, String membershipClass, boolean votingMember, LocalDate since, LocalDate until) implements EventPayload {
    @Override
    public String key() {
        return personId;
    }
}
