package dev.pygov.membership.domain;

import dev.pygov.commons.security.Roles;
import dev.pygov.events.election.CouncilSeatChanged;
import dev.pygov.events.election.ElectionPhaseChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Set;

/**
 * The roles election-service confers, kept here so that one service decides every realm role and keeps the identity
 * provider in step: council-member while a seat is held, returning-officer while an election one runs is not certified.
 */
@ApplicationScoped
public class ConferredRoles {

    /** Seat changes that start a tenure; every other change (term-ended, resigned, removed, ...) ends one. */
    private static final Set<String> TENURE_STARTS = Set.of("seated", "appointed");
    private static final Set<String> ELECTION_FINISHED = Set.of("certified");

    private final RoleService roles;

    public ConferredRoles(RoleService roles) {
        this.roles = roles;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void seatChanged(CouncilSeatChanged seat) {
        String source = "council seat " + seat.seatId();
        roles.endConferred(Roles.COUNCIL_MEMBER, source, seat.at());
        if (TENURE_STARTS.contains(seat.change()) && seat.holderPersonId() != null) {
            roles.holdConferred(seat.holderPersonId(), Roles.COUNCIL_MEMBER, seat.at(), seat.termEnds(), source);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void electionPhaseChanged(ElectionPhaseChanged phase) {
        String source = "election " + phase.electionId();
        if (ELECTION_FINISHED.contains(phase.phase()) || phase.returningOfficerId() == null) {
            roles.endConferred(Roles.RETURNING_OFFICER, source, phase.at());
            return;
        }
        // A named officer stays; a different one replaces them.
        boolean anotherHolds = RoleAssignment.count("role = ?1 and grantedBy = ?2 and personId <> ?3 and (heldUntil is null or heldUntil > ?4)",
                Roles.RETURNING_OFFICER, source, phase.returningOfficerId(), phase.at()) > 0;
        if (anotherHolds) {
            roles.endConferred(Roles.RETURNING_OFFICER, source, phase.at());
        }
        roles.holdConferred(phase.returningOfficerId(), Roles.RETURNING_OFFICER, phase.at(), null, source);
    }
}
