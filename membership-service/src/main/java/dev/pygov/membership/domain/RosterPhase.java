package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The one row saying whether initial membership of the Packaging community is still open (decision 0409). */
@Entity
@Table(name = "roster_phase")
public class RosterPhase extends PanacheEntityBase {

    static final int ONLY = 1;

    @Id
    public Integer id;

    /** When the first council election was certified; null while initial membership is open. */
    @Column(name = "initial_ended_at")
    public Instant initialEndedAt;

    /** The election whose certification ended it. */
    @Column(name = "initial_ended_by")
    public String initialEndedBy;

    public boolean initialOpen() {
        return initialEndedAt == null;
    }

    public static RosterPhase current() {
        return findById(ONLY);
    }
}
