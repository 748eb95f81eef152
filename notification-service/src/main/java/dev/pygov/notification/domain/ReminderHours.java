package dev.pygov.notification.domain;

import dev.pygov.rulebook.Rulebooks;

import java.util.List;

/** How many hours before a deadline people are reminded, by the rulebook version the deadline was set under. */
public final class ReminderHours {

    private ReminderHours() {
    }

    public static List<Integer> under(int rulebookVersion) {
        return Rulebooks.published(rulebookVersion).orElseGet(Rulebooks::seeded).notifications().reminderHoursBeforeDeadline();
    }

    /** For events that do not say which rulebook they were taken under. */
    public static List<Integer> seeded() {
        return Rulebooks.seeded().notifications().reminderHoursBeforeDeadline();
    }
}
