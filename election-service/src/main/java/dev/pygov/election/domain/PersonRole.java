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

    /** Person ids holding the role now, in a stable order. */
    public static List<String> holders(String role) {
        return PersonRole.<PersonRole>list("id.role = ?1 and held = true order by id.personId", role).stream()
                .map(r -> r.id.personId).toList();
    }

    public static boolean holds(String personId, String role) {
        PersonRole row = findById(new Key(personId, role));
        return row != null && row.held;
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
