package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.events.election.BoardResolutionDecided;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.decision.DecisionResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * PSF Board resolutions (seed 004): a director proposes, the directors holding the role that day vote yes, no or
 * abstain on the record; decided as soon as the votes cast settle it or when the rulebook's voting days end, by its
 * threshold among the directors who did not abstain (a silent director counts as not in favour; decision 0608).
 */
@ApplicationScoped
public class BoardService {

    private final EntityManager em;
    private final Outbox outbox;
    private final RulebookService rulebooks;

    public BoardService(EntityManager em, Outbox outbox, RulebookService rulebooks) {
        this.em = em;
        this.outbox = outbox;
        this.rulebooks = rulebooks;
    }

    @Transactional
    public BoardResolution propose(String proposerId, String text, String proposalId, String proposedOutcome, Instant now) {
        return propose(proposerId, text, proposalId, proposedOutcome, null, null, List.of(), now);
    }

    /**
     * A director proposes a resolution; the directors holding the role on that day are listed as its voters. About a
     * proposal, it pins the revision voted on and either resolves it (favourable / unfavourable) or asks the voting
     * members for a binding vote or a poll (question, a poll's options), which happens only once it passed.
     */
    @Transactional
    public BoardResolution propose(String proposerId, String text, String proposalId, String proposedOutcome, Integer revision,
                                   String question, List<String> options, Instant now) {
        List<String> directors = PersonRole.holders(Roles.DIRECTOR, now);
        if (!directors.contains(proposerId)) {
            throw ProblemException.forbidden("not-a-director", "only a director of the PSF Board proposes resolutions");
        }
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "a resolution needs its text");
        }
        BoardRules.Ask ask = BoardRules.check(proposalId, proposedOutcome, revision, question, options);
        Rulebook rulebook = rulebooks.inForce();
        BoardResolution resolution = new BoardResolution();
        resolution.id = UUID.randomUUID();
        resolution.text = text.strip();
        resolution.proposalId = ask.proposalId();
        resolution.proposedOutcome = ask.proposedOutcome();
        resolution.revision = ask.revision();
        resolution.question = ask.question();
        resolution.optionsJson = ask.options().isEmpty() ? null : VoteRules.writeList(ask.options());
        resolution.proposedBy = proposerId;
        resolution.status = BoardResolution.OPEN;
        resolution.rulebookVersion = rulebook.version();
        resolution.openedAt = now;
        resolution.closesAt = now.plus(Duration.ofDays(rulebook.psf().boardResolution().votingDays()));
        resolution.directors = directors.size();
        resolution.persist();
        for (String director : directors) {
            BoardVote seat = new BoardVote();
            seat.id = new BoardVote.Key(resolution.id, director);
            CommunityMember known = CommunityMember.findById(director);
            seat.displayName = known == null ? director : known.publicName();
            seat.persist();
        }
        return resolution;
    }

    /**
     * A listed director votes (or changes their vote) while the resolution is open; it is decided as soon as the votes
     * cast settle it, whatever the directors who have not voted would still do.
     */
    @Transactional
    public BoardResolution vote(UUID id, String directorId, String vote, Instant now) {
        BoardResolution resolution = locked(id);
        if (resolution.decided() || !now.isBefore(resolution.closesAt)) {
            throw ProblemException.conflict("resolution-closed", "voting on this resolution ended", "resolutionId");
        }
        String choice = VoteRules.choice(vote, List.of(), "vote");
        BoardVote record = BoardVote.findById(new BoardVote.Key(id, directorId));
        if (record == null) {
            throw ProblemException.forbidden("not-a-listed-director", "only the directors serving when the resolution opened vote on it");
        }
        record.vote = choice;
        record.votedAt = now;
        List<BoardVote> votes = BoardVote.<BoardVote>list("id.resolutionId = ?1", id);
        int yes = count(votes, VoteRules.YES);
        int no = count(votes, VoteRules.NO);
        int abstain = count(votes, VoteRules.ABSTAIN);
        if (BoardRules.settled(yes, no, abstain, resolution.directors - yes - no - abstain, rule(resolution).threshold())) {
            decide(resolution, now);
        }
        return resolution;
    }

    /** Decides the resolutions whose voting days ended, each once under its row lock. */
    public int advance(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "SELECT r.id FROM BoardResolution r WHERE r.status = :open AND r.closesAt <= :now", UUID.class)
                .setParameter("open", BoardResolution.OPEN).setParameter("now", now).getResultList());
        return DueDecisions.decideEach("board resolution", due, id -> decideIfDue(id, now));
    }

    private boolean decideIfDue(UUID id, Instant now) {
        BoardResolution resolution = locked(id);
        if (resolution.decided() || now.isBefore(resolution.closesAt)) {
            return false;
        }
        decide(resolution, now);
        return true;
    }

    private void decide(BoardResolution resolution, Instant now) {
        List<BoardVote> votes = BoardVote.<BoardVote>list("id.resolutionId = ?1", resolution.id);
        int yes = count(votes, VoteRules.YES);
        int no = count(votes, VoteRules.NO);
        int abstain = count(votes, VoteRules.ABSTAIN);
        int silent = resolution.directors - yes - no - abstain;
        DecisionResult result = BoardRules.decide(yes, no, abstain, silent, rule(resolution).threshold());
        resolution.yes = yes;
        resolution.no = no;
        resolution.abstain = abstain;
        resolution.silent = silent;
        resolution.passed = result.passed();
        resolution.explanation = result.reason() + (silent > 0 ? " (" + silent + " silent director" + (silent == 1 ? "" : "s")
                + " counted as not in favour)" : "");
        resolution.status = BoardResolution.DECIDED;
        resolution.decidedAt = now;
        outbox.publish(new BoardResolutionDecided(resolution.key(), resolution.proposalId, resolution.proposedOutcome, resolution.text,
                resolution.passed, yes, no, abstain, resolution.silent, resolution.directors, resolution.explanation,
                resolution.rulebookVersion, resolution.revision, resolution.question, resolution.options()));
    }

    private Rulebook.BoardResolution rule(BoardResolution resolution) {
        return rulebooks.version(resolution.rulebookVersion).psf().boardResolution();
    }

    private static int count(List<BoardVote> votes, String choice) {
        return (int) votes.stream().filter(v -> choice.equals(v.vote)).count();
    }

    public BoardResolution get(UUID id) {
        BoardResolution resolution = BoardResolution.findById(id);
        if (resolution == null) {
            throw ProblemException.notFound("board resolution", id.toString());
        }
        return resolution;
    }

    public List<BoardResolution> all() {
        return BoardResolution.list("order by openedAt desc, id");
    }

    private BoardResolution locked(UUID id) {
        BoardResolution resolution = em.find(BoardResolution.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (resolution == null) {
            throw ProblemException.notFound("board resolution", id.toString());
        }
        return resolution;
    }
}
