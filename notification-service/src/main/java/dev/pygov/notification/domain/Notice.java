package dev.pygov.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One thing one person was told, in their inbox. The event it came from is kept so it is told once only. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public String personId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @Column(name = "ce_source", nullable = false)
    public String eventSource;

    @Column(name = "ce_id", nullable = false)
    public String eventId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    /** Waiting for its person's next daily digest mail. */
    @Column(name = "digest_pending", nullable = false)
    public boolean digestPending;

    public static List<Notice> inboxOf(String personId) {
        return list("personId = ?1 ORDER BY createdAt DESC", personId);
    }

    public static long unreadOf(String personId) {
        return count("personId = ?1 AND readAt IS NULL", personId);
    }
}
