package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity people are affiliated with. A subsidiary names its parent and counts as the parent's root. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    /** The Python Software Foundation, present from the first migration: PSF employees, directors and officers are affiliated with it. */
    public static final String PSF = "psf";

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_id")
    public String parentId;

    public OrganisationKind kind() {
        return Wire.parse(OrganisationKind.class, "kind", kind);
    }
}
