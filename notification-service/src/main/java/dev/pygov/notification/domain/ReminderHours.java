package dev.pygov.notification.domain;

import dev.pygov.commons.rulebook.RulebookLedger;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** How many hours before a deadline people are reminded, by the rulebook version the deadline was set under. */
@ApplicationScoped
public class ReminderHours {

    private final RulebookLedger rulebooks;

    public ReminderHours(RulebookLedger rulebooks) {
        this.rulebooks = rulebooks;
    }

    /** Under the version the event names; one this service has not heard of yet counts as the version in force. */
    public List<Integer> under(int rulebookVersion) {
        return rulebooks.version(rulebookVersion).orElseGet(rulebooks::inForce).notifications().reminderHoursBeforeDeadline();
    }

    /** For events that do not say which rulebook they were taken under. */
    public List<Integer> inForce() {
        return rulebooks.inForce().notifications().reminderHoursBeforeDeadline();
    }
}
