package dev.pygov.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A proposal or policy page. Its text is its current revision's; its resolution, once resolved, is recorded here. */
@Entity
@Table(name = "page")
public class Page extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Section section;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "amends_page_id")
    public String amendsPageId;

    @Column(name = "current_revision", nullable = false)
    public int currentRevision;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "page_author", joinColumns = @JoinColumn(name = "page_id"))
    @OrderColumn(name = "position")
    @Column(name = "author_id")
    public List<String> authors = new ArrayList<>();

    /** Only minutes record decisions. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_decision", joinColumns = @JoinColumn(name = "page_id"))
    @OrderColumn(name = "position")
    public List<MeetingDecision> decisions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_outcome")
    public Outcome resolutionOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_method")
    public ResolutionMethod resolutionMethod;

    @Column(name = "resolution_reference")
    public String resolutionReference;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "rulebook_version")
    public Integer rulebookVersion;

    /** The revision the resolution adopted or declined: the one voted on, pinned when the vote opened. */
    @Column(name = "resolution_revision")
    public Integer resolutionRevision;

    public PagePath path() {
        return new PagePath(section, name);
    }

    public boolean resolved() {
        return resolutionOutcome != null;
    }

    public static Optional<Page> at(Section section, String name) {
        return find("section = ?1 and name = ?2", section, name).firstResultOptional();
    }
}
