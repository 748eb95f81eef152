package dev.pygov.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One edit of a page: who, when, why, and the whole Markdown text as it then stood. */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "page_id", nullable = false)
    public String pageId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set on a policy's revision that applies a favourably resolved amendment. */
    @Column(name = "amended_by_proposal_id")
    public String amendedByProposalId;

    public static Optional<Revision> of(String pageId, int number) {
        return find("pageId = ?1 and number = ?2", pageId, number).firstResultOptional();
    }
}
