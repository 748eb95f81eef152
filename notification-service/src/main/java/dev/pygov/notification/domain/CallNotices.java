package dev.pygov.notification.domain;

import dev.pygov.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** A public call for a community vote needs a second: every community member but the caller may give it. */
@ApplicationScoped
public class CallNotices {

    private final Notifier notifier;
    private final Electorate electorate;

    public CallNotices(Notifier notifier, Electorate electorate) {
        this.notifier = notifier;
        this.electorate = electorate;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void needsSecond(String voteKind, String about, String calledBy, Instant secondDeadline, CloudEvent cause) {
        List<String> community = electorate.membersOf(Electorate.Body.PACKAGING_COMMUNITY).stream()
                .filter(person -> !person.equals(calledBy)).toList();
        notifier.tellAll(community, NoticeKind.CALL_NEEDS_SECOND, "A call for " + voteKind + " needs a second",
                "A community member called for " + voteKind + " (" + about + "). It goes to a vote if another community "
                        + "member seconds it by " + Dates.readable(secondDeadline) + "; otherwise it lapses.",
                NoticeCause.of(cause));
    }
}
