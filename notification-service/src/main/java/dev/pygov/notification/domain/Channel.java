package dev.pygov.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a person wants one kind of notice. Every channel but OFF also puts the notice in the in-app inbox. */
public enum Channel {
    EMAIL,
    INBOX_ONLY,
    OFF,
    DAILY_DIGEST;

    /** True if the person still gets e-mail about it, at once or in the digest. */
    public boolean reachesByEmail() {
        return this == EMAIL || this == DAILY_DIGEST;
    }

    public static Optional<Channel> parse(String text) {
        return Arrays.stream(values()).filter(c -> c.name().equals(text)).findFirst();
    }
}
