package dev.pygov.proposal.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** An old path of a page. It points at the page, not the next path, so a chain of moves resolves in one step. */
@Entity
@Table(name = "redirect")
public class Redirect extends PanacheEntityBase {

    @EmbeddedId
    public OldPath path;

    @Column(name = "page_id", nullable = false)
    public String pageId;

    @Embeddable
    public static class OldPath implements Serializable {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Section section;

        @Column(nullable = false)
        public String name;

        public OldPath() {
        }

        public OldPath(Section section, String name) {
            this.section = section;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OldPath other && section == other.section && name.equals(other.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(section, name);
        }
    }
}
