package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The single row naming the rulebook version in force; what starts now records this version. */
@Entity
@Table(name = "rulebook_in_force")
public class RulebookInForce extends PanacheEntityBase {

    @Id
    public short id;

    @Column(nullable = false)
    public int version;

    @Column(name = "in_force_since", nullable = false)
    public Instant inForceSince;

    public static RulebookInForce get() {
        return findById((short) 1);
    }
}
