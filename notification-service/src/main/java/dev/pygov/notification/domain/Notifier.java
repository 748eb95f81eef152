package dev.pygov.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Tells people things, each by the channel they chose: the inbox notice and its queued mail are written in the
 * caller's transaction, together with the caller's record that the cause was handled, so each is made once.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    private final InboxService inbox;
    private final Preferences preferences;
    private final MailComposer composer;
    private final MailQueue mailQueue;

    public Notifier(InboxService inbox, Preferences preferences, MailComposer composer, MailQueue mailQueue) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.composer = composer;
        this.mailQueue = mailQueue;
    }

    /** Tells each person once, even if listed twice. Returns how many were told on some channel. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int tellAll(Collection<String> personIds, NoticeKind kind, String title, String body, NoticeCause cause) {
        int told = 0;
        for (String personId : new LinkedHashSet<>(personIds)) {
            if (tell(personId, kind, title, body, cause).isPresent()) {
                told++;
            }
        }
        return told;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notice> tell(String personId, NoticeKind kind, String title, String body, NoticeCause cause) {
        Channel channel = preferences.channelOf(personId, kind);
        if (channel == Channel.OFF) {
            return Optional.empty();
        }
        Notice notice = inbox.tell(personId, kind.code(), title, body, cause);
        if (channel == Channel.DAILY_DIGEST) {
            notice.digestPending = true;
        } else if (channel == Channel.EMAIL) {
            Optional<Recipient> recipient = Recipient.findByIdOptional(personId);
            recipient.ifPresentOrElse(
                    to -> mailQueue.enqueue(notice.id, to, kind.code(), composer.notice(to, kind, title, body)),
                    () -> LOG.warnf("no address known for person %s: '%s' is in their inbox only", personId, kind.code()));
        }
        return Optional.of(notice);
    }
}
