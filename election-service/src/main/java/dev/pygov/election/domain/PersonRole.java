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

/** A PSF role a person holds or held, as membership-service's RoleChanged events report it. */
@Entity
@Table(name = "person_role")
public class PersonRole extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public boolean held;

    public Instant since;

    public Instant until;

    /** Person ids holding the role at {@code at} (its period began and has not ended), in a stable order. */
    public static List<String> holders(String role, Instant at) {
        return PersonRole.<PersonRole>list("id.role = ?1 and held = true and (since is null or since <= ?2) "
                        + "and (until is null or until > ?2) order by id.personId", role, at).stream()
                .map(r -> r.id.personId).toList();
    }

    public static boolean holds(String personId, String role, Instant at) {
        PersonRole row = findById(new Key(personId, role));
        return row != null && row.heldAt(at);
    }

    /** Held at {@code at}: the last event said held, and the period it carried covers the instant. */
    public boolean heldAt(Instant at) {
        return held && (since == null || !since.isAfter(at)) && (until == null || until.isAfter(at));
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "person_id")
        public String personId;
        @Column(name = "role")
        public String role;

        public Key() {
        }

        public Key(String personId, String role) {
            this.personId = personId;
            this.role = role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId.equals(personId) && k.role.equals(role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, role);
        }
    }
}
