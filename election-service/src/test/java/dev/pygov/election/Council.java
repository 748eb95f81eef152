package dev.pygov.election;

import dev.pygov.election.domain.CouncilSeat;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.ElectionKind;
import dev.pygov.election.domain.ElectionService;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Test helper: a fresh council seated straight into the database. Tests share one database, and other tests seat
 * councils with terms in the future; a fresh council therefore starts a day after the latest tenure recorded, and
 * the previous council's terms end then.
 */
final class Council {

    private Council() {
    }

    /**
     * @param start    when the fresh council was seated: a day after anything recorded so far
     * @param ids      person id by name, in seat order
     * @param seatIds  seat id by name
     * @param termEnds term end by name
     */
    record Seated(Instant start, UUID electionId, Map<String, String> ids, Map<String, String> seatIds, Map<String, Instant> termEnds) {
        String id(String name) {
            return ids.get(name);
        }
    }

    /** Seats the names in order, cohort after cohort as the rulebook lists them; each is a community member. */
    static Seated seat(ElectionService elections, String prefix, List<String> names) {
        Rulebook rulebook = Rulebooks.seeded();
        Map<String, String> ids = new LinkedHashMap<>();
        names.forEach(name -> {
            ids.put(name, prefix + name.toLowerCase());
            Members.member(prefix + name.toLowerCase(), name);
        });
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant start = latestRecorded().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
            for (CouncilSeat seat : CouncilSeat.current()) {
                seat.endedAt = start;
                seat.termEnd = start;
            }
            CouncilSeat.flush();
            Election election = elections.create(ElectionKind.WHOLE_COUNCIL, null, null, prefix + "ro", prefix + "ed", start);
            Map<String, String> seatIds = new LinkedHashMap<>();
            Map<String, Instant> termEnds = new LinkedHashMap<>();
            int next = 0;
            for (Rulebook.Cohort cohort : rulebook.council().cohorts()) {
                for (int n = 1; n <= cohort.seats() && next < names.size(); n++, next++) {
                    String name = names.get(next);
                    CouncilSeat seat = new CouncilSeat();
                    seat.id = UUID.randomUUID();
                    seat.seatId = cohort.name() + "-" + n;
                    seat.cohort = cohort.name();
                    seat.personId = ids.get(name);
                    seat.displayName = name;
                    seat.electionId = election.id;
                    seat.termStart = start;
                    seat.termEnd = start.atOffset(ZoneOffset.UTC).plusMonths(cohort.wholeCouncilTermMonths()).toInstant();
                    seat.persist();
                    seatIds.put(name, seat.seatId);
                    termEnds.put(name, seat.termEnd);
                }
            }
            return new Seated(start, election.id, ids, seatIds, termEnds);
        });
    }

    private static Instant latestRecorded() {
        var em = CouncilSeat.getEntityManager();
        Instant started = em.createQuery("SELECT max(s.termStart) FROM CouncilSeat s", Instant.class).getSingleResult();
        Instant ended = em.createQuery("SELECT max(s.endedAt) FROM CouncilSeat s", Instant.class).getSingleResult();
        return Stream.of(Instant.now(), started, ended).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElseThrow();
    }
}
