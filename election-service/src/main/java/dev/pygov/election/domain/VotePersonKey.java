package dev.pygov.election.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A person's place on one vote's roll. */
@Embeddable
public class VotePersonKey implements Serializable {
    @Column(name = "vote_id")
    public UUID voteId;
    @Column(name = "person_id")
    public String personId;

    public VotePersonKey() {
    }

    public VotePersonKey(UUID voteId, String personId) {
        this.voteId = voteId;
        this.personId = personId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VotePersonKey k && k.voteId.equals(voteId) && k.personId.equals(personId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(voteId, personId);
    }
}
