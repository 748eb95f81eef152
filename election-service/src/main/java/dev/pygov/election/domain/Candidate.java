package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A self-nomination with its statement; withdrawn nominations stay on record. */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    public static final String NOMINATED = "nominated";
    public static final String WITHDRAWN = "withdrawn";

    @EmbeddedId
    public ElectionPersonKey id;

    @Column(name = "ballot_name", nullable = false)
    public String ballotName;

    @Column(nullable = false, columnDefinition = "text")
    public String statement;

    @Column(nullable = false)
    public String status;

    @Column(name = "nominated_at", nullable = false)
    public Instant nominatedAt;

    public String personId() {
        return id.personId;
    }

    /** Standing candidates in ballot order (by ballot name), the order the published ballot file uses. */
    public static List<Candidate> standing(UUID electionId) {
        return list("id.electionId = ?1 and status = ?2 order by ballotName", electionId, NOMINATED);
    }
}
