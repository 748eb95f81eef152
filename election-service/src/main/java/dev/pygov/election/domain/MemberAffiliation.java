package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An affiliation from membership-service, for the employer limit; entityRootId is the top-level parent. */
@Entity
@Table(name = "member_affiliation")
public class MemberAffiliation extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "entity_root_id", nullable = false)
    public String entityRootId;

    public LocalDate since;

    public LocalDate until;

    public boolean currentOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || until.isAfter(day));
    }

    public static List<MemberAffiliation> of(String personId) {
        return list("id.personId", personId);
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "person_id")
        public String personId;
        @Column(name = "entity_id")
        public String entityId;
        @Column(name = "kind")
        public String kind;

        public Key() {
        }

        public Key(String personId, String entityId, String kind) {
            this.personId = personId;
            this.entityId = entityId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId.equals(personId) && k.entityId.equals(entityId) && k.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, entityId, kind);
        }
    }
}
