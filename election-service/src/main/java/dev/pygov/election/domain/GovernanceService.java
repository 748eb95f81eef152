package dev.pygov.election.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Changing the governance (seed 000): a community member proposes the next rulebook version as a whole document;
 * the community votes on it (after a second, if the rulebook asks for one); {@link RulebookAdoption} adopts it.
 */
@ApplicationScoped
public class GovernanceService {

    private final EntityManager em;
    private final RulebookService rulebooks;
    private final VoteService votes;
    private final VoteCallService calls;
    private final ObjectMapper json;

    public GovernanceService(EntityManager em, RulebookService rulebooks, VoteService votes, VoteCallService calls, ObjectMapper json) {
        this.em = em;
        this.rulebooks = rulebooks;
        this.votes = votes;
        this.calls = calls;
        this.json = json;
    }

    public record Diffed(GovernanceChange change, List<RulebookDocuments.Change> changes) {
    }

    @Transactional
    public GovernanceChange propose(String proposerId, JsonNode document, String summary, Instant now) {
        VoteCallService.requireCommunityMember(proposerId, "proposer");
        if (document == null || !document.isObject()) {
            throw ProblemException.invalid("rulebook", "send the whole proposed rulebook document as a JSON object");
        }
        Rulebook proposed = RulebookDocuments.parse(bytes(document), "rulebook");
        // Proposals for the same next version queue behind the in-force row, so two cannot both be pending.
        RulebookInForce inForce = em.find(RulebookInForce.class, (short) 1, LockModeType.PESSIMISTIC_WRITE);
        if (proposed.version() != inForce.version + 1) {
            throw ProblemException.invalid("rulebook.version", "a change proposes version " + (inForce.version + 1)
                    + " (the version in force is " + inForce.version + "), was " + proposed.version());
        }
        if (GovernanceChange.count("version = ?1 and status in (?2, ?3)", proposed.version(), GovernanceChange.CALLED, GovernanceChange.VOTING) > 0) {
            throw ProblemException.conflict("change-pending", "a change proposing version " + proposed.version() + " is already being decided", "rulebook.version");
        }
        Rulebook.VoteRule rule = rulebooks.version(inForce.version).communityVotes().governanceChange();
        GovernanceChange change = new GovernanceChange();
        change.id = UUID.randomUUID();
        change.version = proposed.version();
        change.baseVersion = inForce.version;
        change.rulebookJson = Rulebooks.toJson(proposed);
        change.summary = summary == null || summary.isBlank() ? null : summary.strip();
        change.proposedBy = proposerId;
        change.proposedAt = now;
        String subject = Integer.toString(change.version);
        String question = "Adopt rulebook version " + change.version + " (replacing version " + inForce.version + ")?";
        if (rule.secondingDays() == 0) {
            change.voteId = votes.open(VoteKind.GOVERNANCE_CHANGE, subject, question, List.of(), now).id;
            change.status = GovernanceChange.VOTING;
        } else {
            String statement = change.summary == null ? question : change.summary;
            change.callId = calls.call(VoteKind.GOVERNANCE_CHANGE, subject, question, statement, proposerId, rule, now).id;
            change.status = GovernanceChange.CALLED;
        }
        change.persist();
        return change;
    }

    /** Seconds a change that waits for a second; the vote opens now. */
    @Transactional
    public GovernanceChange second(UUID id, String seconderId, Instant now) {
        GovernanceChange change = find(id);
        if (change.callId == null) {
            throw ProblemException.conflict("no-second-needed", "this change went to a vote without a second", "changeId");
        }
        calls.second(change.callId, seconderId, now);
        em.refresh(change);
        return change;
    }

    /** The change with its diff against the version that was in force when it was proposed. */
    @Transactional
    public Diffed get(UUID id) {
        GovernanceChange change = find(id);
        try {
            JsonNode base = json.readTree(Rulebooks.toJson(rulebooks.version(change.baseVersion)));
            return new Diffed(change, RulebookDocuments.diff(base, json.readTree(change.rulebookJson)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rulebook documents are JSON", e);
        }
    }

    public List<GovernanceChange> all() {
        return GovernanceChange.list("order by proposedAt desc, id");
    }

    private GovernanceChange find(UUID id) {
        GovernanceChange change = GovernanceChange.findById(id);
        if (change == null) {
            throw ProblemException.notFound("governance change", id.toString());
        }
        return change;
    }

    private byte[] bytes(JsonNode document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("rulebook", "the rulebook is not JSON");
        }
    }
}
