package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A person on an election's roll, frozen when voting opened; {@code voted} records participation only. */
@Entity
@Table(name = "roll_entry")
public class RollEntry extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public boolean voted;

    public static List<RollEntry> of(UUID electionId) {
        return list("id.electionId = ?1 order by displayName, id.personId", electionId);
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "election_id")
        public UUID electionId;
        @Column(name = "person_id")
        public String personId;

        public Key() {
        }

        public Key(UUID electionId, String personId) {
            this.electionId = electionId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.electionId.equals(electionId) && k.personId.equals(personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, personId);
        }
    }
}
