package dev.pygov.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A binding member vote or a non-binding poll asked of election-service about a proposal, and its result. */
@Entity
@Table(name = "vote_request")
public class VoteRequest extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "page_id", nullable = false)
    public String pageId;

    @Column(nullable = false)
    public boolean binding;

    @Column(nullable = false)
    public String question;

    /** The Board resolution that asked for it (its id). */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** The proposal's revision put to the members, pinned when the vote was asked for. */
    public Integer revision;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "vote_id")
    public String voteId;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public Boolean passed;

    @Column(name = "quorum_met")
    public Boolean quorumMet;

    @Column(name = "yes_count")
    public Integer yes;

    @Column(name = "no_count")
    public Integer no;

    @Column(name = "abstain_count")
    public Integer abstain;

    @Column(name = "roll_size")
    public Integer rollSize;

    @Column(columnDefinition = "text")
    public String explanation;

    @Column(name = "rulebook_version")
    public Integer rulebookVersion;

    /** A poll's options; empty for yes / no / abstain. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> options = new ArrayList<>();

    /** A decided poll's count per option. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "option_counts", columnDefinition = "jsonb")
    public Map<String, Integer> optionCounts;

    public boolean decided() {
        return decidedAt != null;
    }

    public static List<VoteRequest> forPage(String pageId) {
        return list("pageId = ?1 order by requestedAt, id", pageId);
    }

    public static Optional<VoteRequest> openBinding(String pageId) {
        return find("pageId = ?1 and binding = true and decidedAt is null", pageId).firstResultOptional();
    }
}
