package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.events.election.BallotParticipationRecorded;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.election.VoteOpened;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.decision.DecisionResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The vote aggregate: opens a vote on a frozen roll, takes secret ballots (replaceable until close), and decides it
 * exactly once when it closes, with what the decision entails (a vacated seat, a dissolved council, an adopted
 * rulebook). Ballots are kept by {@link BallotBoxes} (as council ballots are), apart from the roll.
 */
@ApplicationScoped
public class VoteService {

    private static final Logger LOG = Logger.getLogger(VoteService.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final RulebookService rulebooks;
    private final BallotBoxes ballots;
    private final CouncilService council;
    private final RulebookAdoption adoption;

    public VoteService(EntityManager em, Outbox outbox, RulebookService rulebooks, BallotBoxes ballots, CouncilService council,
                       RulebookAdoption adoption) {
        this.em = em;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
        this.ballots = ballots;
        this.council = council;
        this.adoption = adoption;
    }

    /** What the voter keeps: the secret key that lets them replace or check their ballot, and its public tracker. */
    public record Receipt(String tracker, String ballotKey) {
    }

    /**
     * Opens a vote under the rulebook in force, freezing its roll now.
     *
     * @param options a poll's options (empty: yes/no/abstain); ignored for other kinds
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Vote open(VoteKind kind, String subjectId, String question, List<String> options, Instant now) {
        Rulebook rulebook = rulebooks.inForce();
        Vote vote = new Vote();
        vote.id = UUID.randomUUID();
        vote.kind = kind.wireName();
        vote.subjectId = subjectId;
        vote.question = question;
        vote.binding = kind.binding();
        List<String> offered = kind == VoteKind.POLL ? VoteRules.options(options) : List.of();
        vote.optionsJson = offered.isEmpty() ? null : VoteRules.writeList(offered);
        vote.status = Vote.OPEN;
        vote.rulebookVersion = rulebook.version();
        vote.openedAt = now;
        vote.closesAt = now.plus(Duration.ofDays(kind.votingDays(rulebook)));
        List<VoteRollEntry> roll = roll(vote.id, kind, now);
        vote.rollSize = roll.size();
        vote.persist();
        roll.forEach(entry -> entry.persist());
        ballots.createSlots(BallotTable.VOTE, vote.id, roll.size());
        outbox.publish(new VoteOpened(vote.key(), vote.kind, subjectId, question, vote.rollSize, vote.closesAt, vote.rulebookVersion));
        return vote;
    }

    /** Opens a vote once per request: a request delivered again finds its vote. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Vote openOnce(VoteKind kind, String subjectId, String question, List<String> options, Instant now) {
        Optional<Vote> existing = Vote.find("kind = ?1 and subjectId = ?2", kind.wireName(), subjectId).firstResultOptional();
        if (existing.isPresent()) {
            LOG.infof("a %s vote on %s already exists (%s); request ignored", kind.wireName(), subjectId, existing.get().id);
            return existing.get();
        }
        return open(kind, subjectId, question, options, now);
    }

    private static List<VoteRollEntry> roll(UUID voteId, VoteKind kind, Instant now) {
        List<VoteRollEntry> roll = new ArrayList<>();
        if (kind.community()) {
            for (CommunityMember member : CommunityMember.<CommunityMember>list("onRoster = true and status = 'active' order by personId")) {
                roll.add(entry(voteId, member.personId, member.publicName()));
            }
        } else {
            for (String personId : PersonRole.holders(Roles.VOTING_MEMBER, now)) {
                CommunityMember known = CommunityMember.findById(personId);
                roll.add(entry(voteId, personId, known == null ? personId : known.publicName()));
            }
        }
        return roll;
    }

    private static VoteRollEntry entry(UUID voteId, String personId, String name) {
        VoteRollEntry entry = new VoteRollEntry();
        entry.id = new VotePersonKey(voteId, personId);
        entry.displayName = name;
        return entry;
    }

    /**
     * Casts the voter's ballot (under a key made here, or one they chose and send), or replaces it when they send the
     * ballot key of their first cast. Durable when this returns; a key is returned only when this service made it.
     */
    @Transactional
    public Receipt cast(UUID voteId, String personId, String choice, String ballotKey, Instant now) {
        ballots.enterIntake(voteId);
        Vote vote = get(voteId);
        VoteRules.requireOpen(vote, now);
        String stored = VoteRules.choice(choice, vote.options(), "choice");
        BallotBoxes.Cast cast = ballots.cast(BallotTable.VOTE, voteId, personId, stored, ballotKey, VoteRules.longestChoice(vote.options()));
        if (cast.first() && vote.voteKind().community()) {
            outbox.publish(new BallotParticipationRecorded(vote.key(), personId));
        }
        return new Receipt(cast.tracker(), cast.ballotKey());
    }

    /** The choice a ballot key stands for, for its holder to check, as last cast or replaced. */
    @Transactional
    public BallotBoxes.StoredBallot lookup(UUID voteId, String ballotKey) {
        get(voteId);
        return ballots.lookup(BallotTable.VOTE, voteId, ballotKey)
                .orElseThrow(() -> ProblemException.invalid("ballotKey", "no ballot in this vote has this ballot key"));
    }

    /** The counted ballots with their trackers, once the vote is decided. */
    @Transactional
    public List<BallotBoxes.StoredBallot> publishedBallots(UUID voteId) {
        Vote vote = get(voteId);
        if (!vote.decided()) {
            throw ProblemException.conflict("vote-not-decided", "ballots are published when the vote is decided", "voteId");
        }
        return ballots.filled(BallotTable.VOTE, voteId);
    }

    public Vote get(UUID id) {
        Vote vote = Vote.findById(id);
        if (vote == null) {
            throw ProblemException.notFound("vote", id.toString());
        }
        return vote;
    }

    public List<Vote> all() {
        return Vote.list("order by openedAt desc, id");
    }

    public List<VoteRollEntry> roll(UUID id) {
        get(id);
        return VoteRollEntry.of(id);
    }

    /**
     * Decides every vote whose close passed, each in its own transaction under its row lock, so a concurrent tick or
     * a restart never decides one twice.
     *
     * @return the number of votes decided
     */
    public int advance(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "SELECT v.id FROM Vote v WHERE v.status = :open AND v.closesAt <= :now ORDER BY v.closesAt", UUID.class)
                .setParameter("open", Vote.OPEN).setParameter("now", now).getResultList());
        return DueDecisions.decideEach("vote", due, id -> decideIfDue(id, now));
    }

    private boolean decideIfDue(UUID id, Instant now) {
        Vote vote = locked(id);
        if (vote.decided() || now.isBefore(vote.closesAt)) {
            return false;
        }
        decide(vote, now);
        return true;
    }

    private void decide(Vote vote, Instant now) {
        VoteKind kind = vote.voteKind();
        List<String> options = vote.options();
        ballots.closeIntake(BallotTable.VOTE, vote.id);
        List<String> choices = ballots.filled(BallotTable.VOTE, vote.id).stream().map(BallotBoxes.StoredBallot::content).toList();
        Map<String, Integer> counts = VoteRules.count(choices, options);
        ballots.seal(BallotTable.VOTE, vote.id);
        vote.ballotsCast = choices.size();
        vote.yes = counts.getOrDefault(VoteRules.YES, 0);
        vote.no = counts.getOrDefault(VoteRules.NO, 0);
        vote.abstain = counts.getOrDefault(VoteRules.ABSTAIN, 0);
        if (!options.isEmpty()) {
            vote.yes = 0;
            vote.no = 0;
            vote.abstain = 0;
            vote.optionCountsJson = VoteRules.writeCounts(counts);
        }
        if (kind == VoteKind.POLL) {
            vote.passed = false;
            vote.quorumMet = true;
            vote.quorumNeeded = 0;
            vote.threshold = "none: a poll is advice";
            vote.explanation = VoteRules.pollExplanation(counts, choices.size(), vote.rollSize);
        } else {
            Rulebook.VoteRule rule = kind.rule(rulebooks.version(vote.rulebookVersion));
            DecisionResult result = DecisionRules.decide(vote.yes, vote.no, vote.abstain, rule.threshold(), rule.quorum(), vote.rollSize);
            vote.passed = result.passed();
            vote.quorumMet = result.quorumMet();
            vote.quorumNeeded = (int) result.quorumNeeded();
            vote.yesNeeded = (int) result.yesNeeded();
            vote.threshold = result.threshold();
            vote.explanation = result.reason();
        }
        vote.status = Vote.DECIDED;
        vote.decidedAt = now;
        List<VoteDecided.OptionCount> optionCounts = options.isEmpty() ? List.of()
                : counts.entrySet().stream().map(e -> new VoteDecided.OptionCount(e.getKey(), e.getValue())).toList();
        outbox.publish(new VoteDecided(vote.key(), vote.kind, vote.subjectId, vote.passed, vote.quorumMet, vote.yes, vote.no,
                vote.abstain, vote.rollSize, vote.explanation, vote.rulebookVersion, optionCounts));
        carryOut(vote, kind, now);
    }

    /** What a decided vote changes here; admissions and member votes are carried out by the services that asked. */
    private void carryOut(Vote vote, VoteKind kind, Instant now) {
        if (kind == VoteKind.NO_CONFIDENCE && vote.passed) {
            if (NoConfidence.COUNCIL.equals(vote.subjectId)) {
                council.dissolve("no-confidence vote " + vote.key(), now);
            } else {
                council.vacate(vote.subjectId, "no-confidence", now);
            }
        }
        if (kind == VoteKind.GOVERNANCE_CHANGE) {
            adoption.decided(vote, now);
        }
    }

    Vote locked(UUID id) {
        Vote vote = em.find(Vote.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (vote == null) {
            throw ProblemException.notFound("vote", id.toString());
        }
        return vote;
    }
}
