package dev.pygov.membership.events;

import dev.pygov.events.Topics;
import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.commons.rulebook.RulebookLedger;
import dev.pygov.events.election.BallotParticipationRecorded;
import dev.pygov.events.election.ElectionCertified;
import dev.pygov.events.election.CouncilSeatChanged;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.election.MotionDecided;
import dev.pygov.events.election.RulebookAdopted;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.membership.domain.AdmissionService;
import dev.pygov.membership.domain.ConferredRoles;
import dev.pygov.membership.domain.InactivityService;
import dev.pygov.membership.domain.RemovalService;
import dev.pygov.membership.domain.RosterService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Instant;

/**
 * Applies election-service's outcomes once per event: admission votes and removal motions to the roster, council
 * election participation to inactivity, seats and Returning Officers to the roles they confer. Every election-service
 * election is a council election (or by-election).
 */
@ApplicationScoped
public class ElectionEventsConsumer {

    static final String CONSUMER = "membership-service/election-events";
    public static final String ADMISSION = "admission";
    public static final String REMOVE_MEMBER = "remove-community-member";
    static final String VOTING_OPEN = "voting-open";
    static final String CERTIFIED = "certified";

    private final EventDispatcher dispatcher;
    private final AdmissionService admissions;
    private final RemovalService removals;
    private final InactivityService inactivity;
    private final ConferredRoles conferredRoles;
    private final RosterService roster;
    private final Clock clock;

    public ElectionEventsConsumer(Inbox dedup, AdmissionService admissions, RemovalService removals, InactivityService inactivity,
                                  ConferredRoles conferredRoles, RosterService roster, RulebookLedger rulebooks, Clock clock) {
        this.roster = roster;
        this.admissions = admissions;
        this.removals = removals;
        this.inactivity = inactivity;
        this.conferredRoles = conferredRoles;
        this.clock = clock;
        this.dispatcher = new EventDispatcher(CONSUMER, Topics.ELECTION, dedup)
                .on(VoteDecided.class, this::voteDecided)
                .on(MotionDecided.class, this::motionDecided)
                .on(CouncilSeatChanged.class, conferredRoles::seatChanged)
                .on(RulebookAdopted.class, rulebooks::adopted)
                .on(BallotParticipationRecorded.class, p -> inactivity.tookPart(p.voteId(), p.personId()))
                .on(ElectionPhaseChanged.class, this::phaseChanged)
                .on(ElectionCertified.class, this::certified);
    }

    @Incoming("election-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String cloudEvent) {
        dispatcher.deliver(cloudEvent);
    }

    private void voteDecided(VoteDecided vote) {
        if (ADMISSION.equals(vote.kind())) {
            admissions.decided(vote, Instant.now(clock));
        }
        // Other votes (no-confidence, governance, PSF member votes) change nothing membership holds.
    }

    private void motionDecided(MotionDecided motion) {
        if (REMOVE_MEMBER.equals(motion.kind())) {
            removals.decided(motion.motionId(), motion.subjectId(), motion.passed());
        }
    }

    /** A council election certified: missed elections are counted, and the first one ends initial membership. */
    private void certified(ElectionCertified certified) {
        inactivity.certified(certified.electionId(), certified.certifiedAt());
        roster.councilElectionCertified(certified.electionId(), certified.certifiedAt());
    }

    private void phaseChanged(ElectionPhaseChanged phase) {
        conferredRoles.electionPhaseChanged(phase);
        switch (phase.phase()) {
            case VOTING_OPEN -> inactivity.votingOpened(phase.electionId(), phase.at());
            case CERTIFIED -> inactivity.certified(phase.electionId(), phase.at());
            default -> {
            }
        }
    }
}
