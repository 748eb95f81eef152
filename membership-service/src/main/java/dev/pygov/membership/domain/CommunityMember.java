package dev.pygov.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A person on the Packaging community roster. */
@Entity
@Table(name = "community_member")
public class CommunityMember extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public String personId;

    @Column(name = "join_source", nullable = false)
    public String joinSource;

    @Column(name = "nominating_organisation")
    public String nominatingOrganisation;

    @Column(nullable = false)
    public String status;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** Why an initial member qualifies (which PyPA bit or project, charter listing, core team, nomination), or a correction's reason. */
    @Column(columnDefinition = "text")
    public String qualification;

    /** Consecutive council elections this member was on the roll of and did not take part in. */
    @Column(name = "missed_elections", nullable = false)
    public int missedElections;

    public CommunityStatus status() {
        return Wire.parse(CommunityStatus.class, "status", status);
    }

    public static long nomineesOf(String organisationId) {
        return count("nominatingOrganisation", organisationId);
    }

    public static List<CommunityMember> withStatus(CommunityStatus status) {
        return list("status = ?1 ORDER BY personId", Wire.of(status));
    }
}
