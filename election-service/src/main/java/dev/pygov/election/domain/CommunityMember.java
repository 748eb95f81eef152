package dev.pygov.election.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What election-service knows of a person from membership-service's events: public name and community standing. */
@Entity
@Table(name = "community_member")
public class CommunityMember extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public String personId;

    @Column(name = "display_name")
    public String displayName;

    /** On the Packaging community roster (joined and not removed). */
    @Column(name = "on_roster", nullable = false)
    public boolean onRoster;

    /** active, inactive (missed elections) or removed, as membership-service reports it. */
    @Column(nullable = false)
    public String status = "active";

    public boolean inGoodStanding() {
        return onRoster && "active".equals(status);
    }

    public String publicName() {
        return displayName == null || displayName.isBlank() ? personId : displayName;
    }

    public static CommunityMember findOrNew(String personId) {
        CommunityMember member = findById(personId);
        if (member == null) {
            member = new CommunityMember();
            member.personId = personId;
        }
        return member;
    }
}
