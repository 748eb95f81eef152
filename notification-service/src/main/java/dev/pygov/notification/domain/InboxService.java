package dev.pygov.notification.domain;

import dev.pygov.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The in-app inbox: what each person was told, and what they have read. */
@ApplicationScoped
public class InboxService {

    private final Clock clock;

    public InboxService(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Notice tell(String personId, String kind, String title, String body, NoticeCause cause) {
        return tell(personId, kind, title, body, cause, false);
    }

    /** A notice; {@code forDigest} marks it for its person's next daily digest mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice tell(String personId, String kind, String title, String body, NoticeCause cause, boolean forDigest) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.personId = personId;
        notice.kind = kind;
        notice.title = title;
        notice.body = body;
        notice.eventSource = cause.source();
        notice.eventId = cause.id();
        notice.createdAt = Instant.now(clock);
        notice.digestPending = forDigest;
        notice.persist();
        return notice;
    }

    public List<Notice> inbox(String personId) {
        return Notice.inboxOf(personId);
    }

    public long unread(String personId) {
        return Notice.unreadOf(personId);
    }

    @Transactional
    public Notice markRead(String personId, UUID noticeId) {
        Notice notice = Notice.<Notice>findByIdOptional(noticeId)
                .filter(n -> n.personId.equals(personId))
                .orElseThrow(() -> ProblemException.notFound("notice", noticeId.toString()));
        if (notice.readAt == null) {
            notice.readAt = Instant.now(clock);
        }
        return notice;
    }
}
