package dev.pygov.election.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A person's place in one election: the key of its candidates and of its roll. */
@Embeddable
public class ElectionPersonKey implements Serializable {
    @Column(name = "election_id")
    public UUID electionId;
    @Column(name = "person_id")
    public String personId;

    public ElectionPersonKey() {
    }

    public ElectionPersonKey(UUID electionId, String personId) {
        this.electionId = electionId;
        this.personId = personId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElectionPersonKey k && k.electionId.equals(electionId) && k.personId.equals(personId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(electionId, personId);
    }
}
