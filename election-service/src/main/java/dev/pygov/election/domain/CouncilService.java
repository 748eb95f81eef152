package dev.pygov.election.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.election.CouncilSeatChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ends tenures before their term: a resignation, a removal, a no-confidence vote, an out-of-touch replacement, or
 * the dissolution of the whole council. A vacated seat stays empty until an appointment or a by-election fills it.
 */
@ApplicationScoped
public class CouncilService {

    private final Outbox outbox;
    private final ElectionService elections;
    private final RulebookService rulebooks;
    private final EntityManager em;

    public CouncilService(Outbox outbox, ElectionService elections, RulebookService rulebooks, EntityManager em) {
        this.outbox = outbox;
        this.elections = elections;
        this.rulebooks = rulebooks;
        this.em = em;
    }

    /** A seat that lost its holder before the end of its term and has not been filled since. */
    public record Vacancy(String seatId, String cohort, Instant termEnd, Instant since, String reason, String previousHolderId) {
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

    /** "Council members may resign their position at any time." */
    @Transactional
    public CouncilSeat resign(String personId, Instant now) {
        return vacate(personId, "resigned", now)
                .orElseThrow(() -> ProblemException.conflict("no-seat-held", "you hold no council seat to resign from", "seat"));
    }

    /** Seats a replacement the council appointed, for the rest of the vacated tenure's term. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CouncilSeat appoint(Vacancy vacancy, String personId, String displayName, UUID motionId, Instant now) {
        // The vacated tenure must reach the database before the new one: only one current tenure per seat id.
        em.flush();
        CouncilSeat seat = new CouncilSeat();
        seat.id = UUID.randomUUID();
        seat.seatId = vacancy.seatId();
        seat.cohort = vacancy.cohort();
        seat.personId = personId;
        seat.displayName = displayName;
        seat.motionId = motionId;
        seat.termStart = now;
        seat.termEnd = vacancy.termEnd();
        seat.persist();
        outbox.publish(new CouncilSeatChanged(seat.seatId, seat.cohort, personId, "appointed", seat.termEnd, now));
        return seat;
    }

    /** Every seat whose last holder left before the end of the term, while that term still runs. */
    public List<Vacancy> vacancies(Instant now) {
        Set<String> held = CouncilSeat.current().stream().map(s -> s.seatId).collect(Collectors.toSet());
        // Tenures of one seat never overlap: the one that started last is the seat's latest.
        Map<String, CouncilSeat> lastTenure = new LinkedHashMap<>();
        CouncilSeat.<CouncilSeat>list("endedAt is not null order by seatId, termStart, endedAt").forEach(tenure ->
                lastTenure.put(tenure.seatId, tenure));
        return lastTenure.values().stream()
                .filter(t -> !held.contains(t.seatId) && t.endReason != null && t.endedAt.isBefore(t.termEnd) && t.termEnd.isAfter(now))
                .sorted(Comparator.comparing(t -> t.seatId))
                .map(t -> new Vacancy(t.seatId, t.cohort, t.termEnd, t.endedAt, t.endReason, t.personId))
                .toList();
    }

    public Optional<Vacancy> vacancy(String seatId, Instant now) {
        return vacancies(now).stream().filter(v -> v.seatId().equals(seatId)).findFirst();
    }

    /** The entity roots of a person's affiliations that count toward the employer limit, on the day of now. */
    public Set<String> employerRoots(String personId, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return MemberAffiliation.of(personId).stream()
                .filter(a -> a.currentOn(day) && CountService.kindOf(a.id.kind).countsTowardLimit())
                .map(a -> a.entityRootId)
                .collect(Collectors.toSet());
    }

    /** Each current councillor's counting entity roots, leaving out the one about to be replaced (if any). */
    public Map<String, Set<String>> councillorRoots(Instant now, String leaving) {
        Map<String, Set<String>> roots = new LinkedHashMap<>();
        for (CouncilSeat seat : CouncilSeat.current()) {
            if (!seat.personId.equals(leaving)) {
                roots.put(seat.personId, employerRoots(seat.personId, now));
            }
        }
        return roots;
    }

    /** Read from the affiliation projection now: a councillor's change of employer shows up without any event of ours. */
    public List<EmployerLimit.Breach> employerLimitBreaches(Instant now) {
        return EmployerLimit.breaches(councillorRoots(now, null), rulebooks.inForce().council().employerLimit());
    }

    private void end(CouncilSeat seat, String reason, Instant now) {
        seat.endedAt = now;
        seat.endReason = reason;
        outbox.publish(new CouncilSeatChanged(seat.seatId, seat.cohort, seat.personId, reason, seat.termEnd, now));
    }
}
