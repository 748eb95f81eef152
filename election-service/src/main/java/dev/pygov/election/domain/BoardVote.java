package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A director's vote on a resolution, on the record; vote is null while they have not voted. */
@Entity
@Table(name = "board_vote")
public class BoardVote extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String vote;

    @Column(name = "voted_at")
    public Instant votedAt;

    public static List<BoardVote> of(UUID resolutionId) {
        return list("id.resolutionId = ?1 order by displayName, id.personId", resolutionId);
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "resolution_id")
        public UUID resolutionId;
        @Column(name = "person_id")
        public String personId;

        public Key() {
        }

        public Key(UUID resolutionId, String personId) {
            this.resolutionId = resolutionId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.resolutionId.equals(resolutionId) && k.personId.equals(personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(resolutionId, personId);
        }
    }
}
