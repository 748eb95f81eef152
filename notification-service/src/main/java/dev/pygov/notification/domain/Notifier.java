package dev.pygov.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells people things, each by the channel they chose: the inbox notice and its queued mail are written in the
 * caller's transaction, together with the caller's record that the cause was handled, so each is made once.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);
    /** People told per flush: keeps the persistence context small when a whole electorate is told at once. */
    private static final int CHUNK = 500;

    private final InboxService inbox;
    private final Preferences preferences;
    private final MailComposer composer;
    private final MailQueue mailQueue;
    private final EntityManager entityManager;

    public Notifier(InboxService inbox, Preferences preferences, MailComposer composer, MailQueue mailQueue, EntityManager entityManager) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.composer = composer;
        this.mailQueue = mailQueue;
        this.entityManager = entityManager;
    }

    /**
     * Tells each person once, even if listed twice; returns how many were told on some channel. Reads preferences
     * and addresses in bulk and flushes in chunks, so an electorate of thousands is told in one short transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int tellAll(Collection<String> personIds, NoticeKind kind, String title, String body, NoticeCause cause) {
        List<String> people = new ArrayList<>(new LinkedHashSet<>(personIds));
        Map<String, Channel> chosen = preferences.chosenFor(kind);
        int told = 0;
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<String> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            Map<String, Recipient> addresses = Recipient.<Recipient>list("personId IN ?1", chunk).stream()
                    .collect(Collectors.toMap(r -> r.personId, Function.identity()));
            for (String personId : chunk) {
                Channel channel = chosen.getOrDefault(personId, kind.defaultChannel());
                if (deliver(personId, channel, Optional.ofNullable(addresses.get(personId)), kind, title, body, cause).isPresent()) {
                    told++;
                }
            }
            entityManager.flush();
            entityManager.clear();
        }
        return told;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notice> tell(String personId, NoticeKind kind, String title, String body, NoticeCause cause) {
        return deliver(personId, preferences.channelOf(personId, kind), Recipient.findByIdOptional(personId), kind, title, body, cause);
    }

    private Optional<Notice> deliver(String personId, Channel channel, Optional<Recipient> recipient, NoticeKind kind,
                                     String title, String body, NoticeCause cause) {
        if (channel == Channel.OFF) {
            return Optional.empty();
        }
        Notice notice = inbox.tell(personId, kind.code(), title, body, cause, channel == Channel.DAILY_DIGEST);
        if (channel == Channel.EMAIL) {
            recipient.ifPresentOrElse(
                    to -> mailQueue.enqueue(notice.id, to, kind.code(), composer.notice(to, kind, title, body)),
                    () -> LOG.warnf("no address known for person %s: '%s' is in their inbox only", personId, kind.code()));
        }
        return Optional.of(notice);
    }
}
