package dev.pygov.notification.api;

import dev.pygov.notification.domain.Notice;

import java.time.Instant;
import java.util.UUID;

public record NoticeView(UUID id, String kind, String title, String body, Instant createdAt, Instant readAt) {

    static NoticeView of(Notice notice) {
        return new NoticeView(notice.id, notice.kind, notice.title, notice.body, notice.createdAt, notice.readAt);
    }
}
