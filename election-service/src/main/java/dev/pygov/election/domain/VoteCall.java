package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A public call for a community vote: called, then seconded (the vote opens) or lapsed at its second deadline. */
@Entity
@Table(name = "vote_call")
public class VoteCall extends PanacheEntityBase {

    public static final String CALLED = "called";
    public static final String SECONDED = "seconded";
    public static final String LAPSED = "lapsed";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false, columnDefinition = "text")
    public String question;

    @Column(nullable = false, columnDefinition = "text")
    public String statement;

    @Column(nullable = false)
    public String status;

    @Column(name = "called_by", nullable = false)
    public String calledBy;

    @Column(name = "called_at", nullable = false)
    public Instant calledAt;

    @Column(name = "second_deadline", nullable = false)
    public Instant secondDeadline;

    @Column(name = "seconded_by")
    public String secondedBy;

    @Column(name = "seconded_at")
    public Instant secondedAt;

    @Column(name = "lapsed_at")
    public Instant lapsedAt;

    @Column(name = "vote_id")
    public UUID voteId;

    public String key() {
        return id.toString();
    }
}
