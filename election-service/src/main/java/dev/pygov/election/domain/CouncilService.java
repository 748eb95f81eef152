package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.events.election.CouncilSeatChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Ends tenures before their term: a resignation, a removal, a no-confidence vote, an out-of-touch replacement, or
 * the dissolution of the whole council. A vacated seat stays empty until an appointment or a by-election fills it.
 */
@ApplicationScoped
public class CouncilService {

    private final Outbox outbox;
    private final ElectionService elections;

    public CouncilService(Outbox outbox, ElectionService elections) {
        this.outbox = outbox;
        this.elections = elections;
    }

    /** The seat this person holds now, if any. */
    public Optional<CouncilSeat> seatOf(String personId) {
        return CouncilSeat.find("personId = ?1 and endedAt is null", personId).firstResultOptional();
    }

    /**
     * Vacates the seat the person holds, if they hold one.
     *
     * @param reason resigned, removed, no-confidence, out-of-touch or dissolved: kept on the tenure and sent as the change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CouncilSeat> vacate(String personId, String reason, Instant now) {
        Optional<CouncilSeat> held = seatOf(personId);
        held.ifPresent(seat -> end(seat, reason, now));
        return held;
    }

    /** Ends every current tenure and creates the whole-council election that replaces the council. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Election dissolve(String decidedBy, Instant now) {
        List<CouncilSeat> seats = CouncilSeat.current();
        seats.forEach(seat -> end(seat, "dissolved", now));
        return elections.createAfterDissolution(decidedBy, now);
    }

    private void end(CouncilSeat seat, String reason, Instant now) {
        seat.endedAt = now;
        seat.endReason = reason;
        outbox.publish(new CouncilSeatChanged(seat.seatId, seat.cohort, seat.personId, reason, seat.termEnd, now));
    }
}
