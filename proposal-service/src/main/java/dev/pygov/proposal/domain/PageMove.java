package dev.pygov.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A move of a page between paths, with who made it and why. */
@Entity
@Table(name = "page_move")
public class PageMove extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "page_id", nullable = false)
    public String pageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_section", nullable = false)
    public Section fromSection;

    @Column(name = "from_name", nullable = false)
    public String fromName;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_section", nullable = false)
    public Section toSection;

    @Column(name = "to_name", nullable = false)
    public String toName;

    @Column(name = "moved_by", nullable = false)
    public String movedBy;

    @Column(nullable = false)
    public String reason;

    @Column(name = "moved_at", nullable = false)
    public Instant movedAt;
}
