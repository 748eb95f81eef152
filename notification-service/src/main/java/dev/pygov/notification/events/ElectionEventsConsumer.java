package dev.pygov.notification.events;

import dev.pygov.events.Topics;
import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.commons.rulebook.RulebookLedger;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.election.BallotParticipationRecorded;
import dev.pygov.events.election.ElectionCertified;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.election.MotionDecided;
import dev.pygov.events.election.MotionOpened;
import dev.pygov.events.election.RulebookAdopted;
import dev.pygov.events.election.VoteCallChanged;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.election.VoteOpened;
import dev.pygov.notification.domain.CallNotices;
import dev.pygov.notification.domain.Dates;
import dev.pygov.notification.domain.Electorate;
import dev.pygov.notification.domain.NoticeCause;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Notifier;
import dev.pygov.notification.domain.Preferences;
import dev.pygov.notification.domain.ReminderHours;
import dev.pygov.notification.domain.Reminders;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Set;

/** Tells voters, councillors and subscribers what election-service decided; keeps deadlines and participation for reminders. */
@ApplicationScoped
public class ElectionEventsConsumer {

    static final String CONSUMER = "notification-service/election-events";
    /** Phases after which nobody can vote any more in an election. */
    private static final Set<String> VOTING_OVER = Set.of("closed", "counted", "tie-pending", "certified");

    private final EventDispatcher dispatcher;
    private final Notifier notifier;
    private final Electorate electorate;
    private final Reminders reminders;
    private final Preferences preferences;
    private final CallNotices calls;
    private final ReminderHours reminderHours;

    public ElectionEventsConsumer(Inbox dedup, Notifier notifier, Electorate electorate, Reminders reminders, Preferences preferences,
                                  CallNotices calls, ReminderHours reminderHours, RulebookLedger rulebooks) {
        this.calls = calls;
        this.reminderHours = reminderHours;
        this.notifier = notifier;
        this.electorate = electorate;
        this.reminders = reminders;
        this.preferences = preferences;
        this.dispatcher = new EventDispatcher(CONSUMER, Topics.ELECTION, dedup)
                .on(VoteOpened.class, this::voteOpened)
                .on(VoteCallChanged.class, this::callChanged)
                .on(RulebookAdopted.class, rulebooks::adopted)
                .on(ElectionPhaseChanged.class, this::phaseChanged)
                .on(MotionOpened.class, this::motionOpened)
                .on(BallotParticipationRecorded.class, this::participated)
                .on(VoteDecided.class, this::voteDecided)
                .on(MotionDecided.class, this::motionDecided)
                .on(ElectionCertified.class, this::certified);
    }

    @Incoming("election-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String cloudEvent) {
        dispatcher.deliver(cloudEvent);
    }

    private void voteOpened(VoteOpened vote, CloudEvent cause) {
        List<String> voters = electorate.membersOf(Electorate.forVoteKind(vote.kind()));
        notifier.tellAll(voters, NoticeKind.VOTING_OPENED, "Voting opened: " + vote.question(),
                "You may vote on \"" + vote.question() + "\" until " + Dates.readable(vote.closesAt()) + ".", NoticeCause.of(cause));
        reminders.open(vote.voteId(), "cast your ballot on \"" + vote.question() + "\"", vote.closesAt(), voters,
                reminderHours.under(vote.rulebookVersion()));
    }

    /** A public call waits for a second from another community member; it lapses at secondDeadline. */
    private void callChanged(VoteCallChanged call, CloudEvent cause) {
        if (!"called".equals(call.status())) {
            return;
        }
        calls.needsSecond("a " + call.kind() + " vote", call.subjectId(), call.calledBy(), call.secondDeadline(), cause);
    }

    private void phaseChanged(ElectionPhaseChanged phase, CloudEvent cause) {
        if ("nominations-open".equals(phase.phase())) {
            String deadline = phase.nextDeadline() == null ? "" : " until " + Dates.readable(phase.nextDeadline());
            notifier.tellAll(electorate.membersOf(Electorate.Body.PACKAGING_COMMUNITY), NoticeKind.NOMINATIONS_OPEN,
                    "Nominations opened: " + phase.electionKind() + " election",
                    "Community members in good standing may nominate themselves, with a statement" + deadline + ".",
                    NoticeCause.of(cause));
        } else if ("voting-open".equals(phase.phase())) {
            List<String> voters = electorate.membersOf(Electorate.Body.PACKAGING_COMMUNITY);
            String deadline = phase.nextDeadline() == null ? "" : " until " + Dates.readable(phase.nextDeadline());
            notifier.tellAll(voters, NoticeKind.VOTING_OPENED, "Voting opened: " + phase.electionKind() + " election",
                    "You may score the candidates of the " + phase.electionKind() + " election" + deadline + ".",
                    NoticeCause.of(cause));
            if (phase.nextDeadline() != null) {
                reminders.open(phase.electionId(), "cast your ballot in the " + phase.electionKind() + " election",
                        phase.nextDeadline(), voters, reminderHours.under(phase.rulebookVersion()));
            }
        } else if (VOTING_OVER.contains(phase.phase())) {
            reminders.close(phase.electionId());
        }
    }

    private void motionOpened(MotionOpened motion, CloudEvent cause) {
        notifier.tellAll(motion.councillorIds(), NoticeKind.MOTION_AWAITING_VOTE, "Council motion awaits your vote: " + motion.title(),
                "Vote or abstain on the " + motion.kind() + " motion \"" + motion.title() + "\"" + (motion.deadline() == null ? "" : " by " + Dates.readable(motion.deadline())) + ".",
                NoticeCause.of(cause));
        if (motion.deadline() != null) {
            reminders.open(motion.motionId(), "vote on the council motion \"" + motion.title() + "\"", motion.deadline(),
                    motion.councillorIds(), reminderHours.inForce());
        }
    }

    private void participated(BallotParticipationRecorded participation) {
        reminders.participated(participation.voteId(), participation.personId());
    }

    private void voteDecided(VoteDecided vote, CloudEvent cause) {
        reminders.close(vote.voteId());
        tellSubscribers("Vote decided: " + vote.kind() + (vote.passed() ? " passed" : " did not pass"),
                vote.explanation() + " (yes " + vote.yes() + ", no " + vote.no() + ", abstain " + vote.abstain()
                        + ", roll " + vote.rollSize() + (vote.quorumMet() ? "" : ", quorum not met") + ")", cause);
    }

    private void motionDecided(MotionDecided motion, CloudEvent cause) {
        reminders.close(motion.motionId());
        tellSubscribers("Council motion decided: " + motion.kind() + (motion.passed() ? " passed" : " did not pass"),
                motion.explanation() + " (yes " + motion.yes() + ", no " + motion.no() + ", abstain " + motion.abstain()
                        + ", silent " + motion.silent() + ")", cause);
    }

    private void certified(ElectionCertified election, CloudEvent cause) {
        reminders.close(election.electionId());
        tellSubscribers("Election certified: " + election.electionKind(),
                "The " + election.electionKind() + " election is certified with " + election.seats().size()
                        + " seat(s) filled; results and anonymised ballots are published.", cause);
    }

    private void tellSubscribers(String title, String body, CloudEvent cause) {
        notifier.tellAll(preferences.subscribersOf(NoticeKind.RESULTS_PUBLISHED), NoticeKind.RESULTS_PUBLISHED, title, body,
                NoticeCause.of(cause));
    }
}
