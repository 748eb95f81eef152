package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** A person on a vote's roll, frozen when it opened; {@code voted} records participation only. */
@Entity
@Table(name = "vote_roll")
public class VoteRollEntry extends PanacheEntityBase {

    @EmbeddedId
    public VotePersonKey id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public boolean voted;

    public static List<VoteRollEntry> of(UUID voteId) {
        return list("id.voteId = ?1 order by displayName, id.personId", voteId);
    }
}
