package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** A person on an election's roll, frozen when voting opened; {@code voted} records participation only. */
@Entity
@Table(name = "roll_entry")
public class RollEntry extends PanacheEntityBase {

    @EmbeddedId
    public ElectionPersonKey id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public boolean voted;

    public static List<RollEntry> of(UUID electionId) {
        return list("id.electionId = ?1 order by displayName, id.personId", electionId);
    }
}
