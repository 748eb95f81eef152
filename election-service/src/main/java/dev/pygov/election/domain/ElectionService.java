package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.election.NominationChanged;
import dev.pygov.rulebook.Rulebook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The council election aggregate: creation and schedule, nominations, phases that move by themselves at their
 * deadlines (exactly once: each step locks the election's row and re-checks its phase), the count at close.
 */
@ApplicationScoped
public class ElectionService {

    private static final Logger LOG = Logger.getLogger(ElectionService.class);

    /** A ballot name must survive the published CSV unquoted: no commas, quotes or line breaks. */
    private static final Pattern BALLOT_NAME = Pattern.compile("[^,\"\\r\\n]{1,100}");

    private final EntityManager em;
    private final Outbox outbox;
    private final RulebookService rulebooks;
    private final BallotService ballots;
    private final CountService counter;

    public ElectionService(EntityManager em, Outbox outbox, RulebookService rulebooks, BallotService ballots, CountService counter) {
        this.em = em;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
        this.ballots = ballots;
        this.counter = counter;
    }

    /**
     * A draft election under the rulebook in force, run by the named Returning Officer.
     *
     * @param cohort the cohort a cohort election or by-election fills (ignored for the whole council)
     * @param seats  a by-election fills the cohort's vacant seats at creation; if given, it must be that number;
     *               other kinds take theirs from the rulebook
     */
    @Transactional
    public Election create(ElectionKind kind, String cohort, Integer seats, String returningOfficerId, String appointedBy, Instant now) {
        Rulebook rulebook = rulebooks.inForce();
        if (returningOfficerId == null || returningOfficerId.isBlank()) {
            throw ProblemException.invalid("returningOfficerId", "name the Returning Officer");
        }
        Election election = new Election();
        election.id = UUID.randomUUID();
        election.kind = kind;
        election.phase = Phase.DRAFT;
        election.rulebookVersion = rulebook.version();
        election.returningOfficerId = returningOfficerId;
        election.appointedBy = appointedBy;
        election.createdAt = now;
        if (kind == ElectionKind.WHOLE_COUNCIL) {
            election.seats = rulebook.council().seats();
        } else {
            Rulebook.Cohort named = rulebook.council().cohorts().stream().filter(c -> c.name().equals(cohort)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("cohort", "cohort must be one of "
                            + rulebook.council().cohorts().stream().map(Rulebook.Cohort::name).toList() + ", was '" + cohort + "'"));
            election.cohort = named.name();
            election.seats = named.seats();
            if (kind == ElectionKind.BY_ELECTION) {
                election.seats = vacantSeats(named, seats);
            }
        }
        election.persist();
        moveTo(election, Phase.DRAFT, now);
        return election;
    }

    /** The Executive Director's election: only the initial one, before any council was ever seated (0521). */
    @Transactional
    public Election createInitial(ElectionKind kind, String returningOfficerId, String executiveDirector, Instant now) {
        ElectionStarts.executiveDirectorCreates(kind, CouncilSeat.count() > 0);
        return create(kind, null, null, returningOfficerId, executiveDirector, now);
    }

    /**
     * A by-election fills the cohort's vacant seats, no more (decision 0522): refused when none is vacant.
     *
     * @param asked the seats a request named, or null
     */
    public static int vacantSeats(Rulebook.Cohort cohort, Integer asked) {
        int vacant = cohort.seats() - (int) CouncilSeat.count("endedAt is null and cohort = ?1", cohort.name());
        if (vacant < 1) {
            throw ProblemException.rule("no-vacancy", "every seat of cohort " + cohort.name()
                    + " is held: a by-election fills vacant seats only", "cohort");
        }
        if (asked != null && asked != vacant) {
            throw ProblemException.invalid("seats", "a by-election fills the " + vacant + " vacant seat(s) of cohort "
                    + cohort.name() + ", not " + asked);
        }
        return vacant;
    }

    /**
     * The whole-council election a dissolution triggers: a draft without a Returning Officer, since the council that
     * would nominate one is gone; the Executive Director names one, as for the initial election.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Election createAfterDissolution(String decidedBy, Instant now) {
        Election election = new Election();
        election.id = UUID.randomUUID();
        election.kind = ElectionKind.WHOLE_COUNCIL;
        election.phase = Phase.DRAFT;
        election.rulebookVersion = rulebooks.inForce().version();
        election.seats = rulebooks.inForce().council().seats();
        election.appointedBy = decidedBy;
        election.createdAt = now;
        election.persist();
        moveTo(election, Phase.DRAFT, now);
        return election;
    }

    /** The Executive Director names the Returning Officer of the draft a dissolution created without one. */
    @Transactional
    public Election appointReturningOfficer(UUID id, String returningOfficerId, String appointedBy, Instant now) {
        Election election = locked(id);
        PhaseRules.requirePhase(election, Phase.DRAFT);
        if (returningOfficerId == null || returningOfficerId.isBlank()) {
            throw ProblemException.invalid("returningOfficerId", "name the Returning Officer");
        }
        // Still a draft: nobody stands yet, so the officer named cannot be a candidate of it.
        ElectionStarts.executiveDirectorNamesOfficer(election);
        election.returningOfficerId = returningOfficerId;
        election.appointedBy = appointedBy;
        moveTo(election, Phase.DRAFT, now);
        return election;
    }

    /** The Returning Officer sets when nominations open; the other deadlines follow from the rulebook. */
    @Transactional
    public Election schedule(UUID id, String caller, Instant nominationsOpenAt, Instant now) {
        Election election = locked(id);
        requireOfficer(election, caller);
        PhaseRules.requirePhase(election, Phase.DRAFT);
        if (nominationsOpenAt == null || nominationsOpenAt.isBefore(now)) {
            throw ProblemException.invalid("nominationsOpenAt", "nominations must open now or later (UTC), was " + nominationsOpenAt);
        }
        PhaseRules.schedule(election, nominationsOpenAt, rulebooks.version(election.rulebookVersion).councilElection());
        return election;
    }

    @Transactional
    public Candidate nominate(UUID id, String personId, String ballotName, String statement, Instant now) {
        Election election = locked(id);
        PhaseRules.requireNominationsOpen(election, now);
        ElectionStarts.officerDoesNotStand(election, personId, "nominee");
        CommunityMember member = CommunityMember.findById(personId);
        if (member == null || !member.inGoodStanding()) {
            throw ProblemException.rule("not-a-community-member",
                    "only a Packaging community member in good standing may nominate themselves", "nominee");
        }
        if (statement == null || statement.isBlank()) {
            throw ProblemException.invalid("statement", "a nomination needs a statement");
        }
        String name = ballotName == null || ballotName.isBlank() ? member.publicName() : ballotName.strip();
        if (!BALLOT_NAME.matcher(name).matches()) {
            throw ProblemException.invalid("ballotName", "a ballot name has 1 to 100 characters and no commas, quotes or line breaks");
        }
        Candidate candidate = Candidate.findById(new ElectionPersonKey(id, personId));
        if (candidate != null && Candidate.NOMINATED.equals(candidate.status)) {
            throw ProblemException.conflict("already-nominated", "you are already a candidate in this election", "nominee");
        }
        boolean nameTaken = Candidate.standing(id).stream().anyMatch(c -> c.ballotName.equalsIgnoreCase(name));
        if (nameTaken) {
            throw ProblemException.conflict("ballot-name-taken", "another candidate stands under the name '" + name + "'", "ballotName");
        }
        if (candidate == null) {
            candidate = new Candidate();
            candidate.id = new ElectionPersonKey(id, personId);
        }
        candidate.ballotName = name;
        candidate.statement = statement.strip();
        candidate.status = Candidate.NOMINATED;
        candidate.nominatedAt = now;
        candidate.persist();
        outbox.publish(new NominationChanged(election.key(), personId, name, Candidate.NOMINATED));
        return candidate;
    }

    @Transactional
    public void withdraw(UUID id, String personId, Instant now) {
        Election election = locked(id);
        PhaseRules.requireNominationsOpen(election, now);
        Candidate candidate = Candidate.findById(new ElectionPersonKey(id, personId));
        if (candidate == null || !Candidate.NOMINATED.equals(candidate.status)) {
            throw ProblemException.conflict("not-a-candidate", "you are not a candidate in this election", "nominee");
        }
        candidate.status = Candidate.WITHDRAWN;
        outbox.publish(new NominationChanged(election.key(), personId, candidate.ballotName, Candidate.WITHDRAWN));
    }

    /**
     * Moves every election whose deadline passed as far as time allows: each step in its own transaction, so a
     * restart (or a second replica) continues where the last committed step left off and never repeats one.
     *
     * @return the number of steps taken
     */
    public int advance(Instant now) {
        int steps = 0;
        for (UUID id : due(now)) {
            try {
                while (QuarkusTransaction.requiringNew().call(() -> step(id, now))) {
                    steps++;
                }
            } catch (RuntimeException e) {
                // One election that cannot move must not hold up the others; the next tick tries it again.
                LOG.errorf(e, "election %s: could not advance", id);
            }
        }
        return steps;
    }

    private List<UUID> due(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "SELECT e.id FROM Election e WHERE e.phase = :closed"
                                + " OR (e.phase = :draft AND e.nominationsOpenAt <= :now)"
                                + " OR (e.phase = :nominations AND e.nominationsCloseAt <= :now)"
                                + " OR (e.phase = :voting AND e.votingCloseAt <= :now)", UUID.class)
                .setParameter("closed", Phase.CLOSED).setParameter("draft", Phase.DRAFT)
                .setParameter("nominations", Phase.NOMINATIONS_OPEN).setParameter("voting", Phase.VOTING_OPEN)
                .setParameter("now", now).getResultList());
    }

    /** One step, if one is due; the row lock makes a concurrent tick wait and then find nothing to do. */
    private boolean step(UUID id, Instant now) {
        Election election = locked(id);
        if (election.phase == Phase.CLOSED) {
            countAndSettle(election, now);
            return true;
        }
        Phase next = PhaseRules.afterDeadline(election, now);
        if (next == null) {
            return false;
        }
        if (next == Phase.VOTING_OPEN) {
            if (PhaseRules.extendNominations(election, Candidate.standing(id).size(),
                    rulebooks.version(election.rulebookVersion).councilElection())) {
                // Still nominations-open, with the new deadline: the community is told nominations stay open.
                moveTo(election, Phase.NOMINATIONS_OPEN, now);
                return true;
            }
            openVoting(election);
        }
        if (next == Phase.CLOSED) {
            ballots.sealAtClose(election.id);
        }
        moveTo(election, next, now);
        return true;
    }

    /** Freezes the roll from the projection and commits to the draw seed, publishing only its hash. */
    private void openVoting(Election election) {
        List<CommunityMember> members = CommunityMember.list("onRoster = true and status = 'active'");
        for (CommunityMember member : members) {
            RollEntry entry = new RollEntry();
            entry.id = new ElectionPersonKey(election.id, member.personId);
            entry.displayName = member.publicName();
            entry.persist();
        }
        election.electorateSize = members.size();
        ballots.createSlots(election.id, members.size());
        election.seed = Trackers.newSecret();
        election.seedCommitment = Trackers.commitmentOf(election.seed);
    }

    /** Counts (or recounts, after a tie was settled) and moves to counted or tie-pending. */
    void countAndSettle(Election election, Instant now) {
        CountService.Count count = counter.count(election, now);
        election.tieAgreementUntil = count.pendingTie() == null ? null
                : TieRules.agreementUntil(now, rulebooks.version(election.rulebookVersion).councilElection().tieBreak());
        moveTo(election, count.pendingTie() == null ? Phase.COUNTED : Phase.TIE_PENDING, now);
    }

    void moveTo(Election election, Phase next, Instant now) {
        election.phase = next;
        outbox.publish(new ElectionPhaseChanged(election.key(), election.kind.wireName(), next.wireName(), now,
                election.nextDeadline(), election.returningOfficerId, election.rulebookVersion));
    }

    public Election get(UUID id) {
        Election election = Election.findById(id);
        if (election == null) {
            throw ProblemException.notFound("election", id.toString());
        }
        return election;
    }

    public List<Election> all() {
        return Election.list("order by createdAt desc");
    }

    Election locked(UUID id) {
        Election election = em.find(Election.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (election == null) {
            throw ProblemException.notFound("election", id.toString());
        }
        return election;
    }

    static void requireOfficer(Election election, String caller) {
        if (election.returningOfficerId == null || !election.returningOfficerId.equals(caller)) {
            throw ProblemException.forbidden("not-the-returning-officer", "only this election's Returning Officer may do this");
        }
    }

    public List<Candidate> candidates(UUID id) {
        get(id);
        return new ArrayList<>(Candidate.standing(id));
    }
}
