package dev.pygov.election.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.commons.outbox.Outbox;
import dev.pygov.events.election.CouncilSeatChanged;
import dev.pygov.events.election.ElectionCertified;
import dev.pygov.events.election.Seat;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.council.CouncilOutcome;
import dev.pygov.tally.council.SeatedCouncillor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Certifies a counted election and seats the council: the new holders' terms start now; the previous holders of
 * the seats filled end their terms now ("until the next elections for their cohort are finalised").
 */
@ApplicationScoped
public class CertificationService {

    private final ElectionService elections;
    private final RulebookService rulebooks;
    private final Outbox outbox;
    private final ObjectMapper json;

    public CertificationService(ElectionService elections, RulebookService rulebooks, Outbox outbox, ObjectMapper json) {
        this.elections = elections;
        this.rulebooks = rulebooks;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional
    public Election certify(UUID id, String caller, Instant now) {
        Election election = elections.locked(id);
        ElectionService.requireOfficer(election, caller);
        PhaseRules.requirePhase(election, Phase.COUNTED);
        Rulebook rulebook = rulebooks.version(election.rulebookVersion);
        // What the count published is what is certified, whatever changed in the projection since.
        CouncilOutcome council = countedCouncil(election);
        List<Candidate> candidates = Candidate.standing(id);

        List<CouncilSeat> ending = switch (election.kind) {
            case WHOLE_COUNCIL -> CouncilSeat.current();
            case COHORT -> CouncilSeat.current().stream().filter(s -> s.cohort.equals(election.cohort)).toList();
            case BY_ELECTION -> List.of();
        };
        for (CouncilSeat seat : ending) {
            seat.endedAt = now;
            seat.termEnd = now;
            outbox.publish(new CouncilSeatChanged(seat.seatId, seat.cohort, seat.personId, "term-ended", now, now));
        }
        List<Seat> seats = new ArrayList<>();
        ArrayNode published = json.createArrayNode();
        ArrayNode unseated = json.createArrayNode();
        for (SeatedCouncillor seated : council.seated()) {
            Candidate candidate = candidates.stream().filter(c -> c.ballotName.equals(seated.candidate())).findFirst().orElseThrow();
            Optional<String> free = freeSeatId(rulebook.council().cohort(seated.cohort()));
            if (free.isEmpty()) {
                // Never more seats held than the rulebook's council has: a seat filled since the count stays filled.
                ObjectNode node = unseated.addObject();
                node.put("ballotName", candidate.ballotName);
                node.put("reason", "no seat of cohort " + seated.cohort() + " was vacant at certification");
                continue;
            }
            CouncilSeat seat = new CouncilSeat();
            seat.id = UUID.randomUUID();
            seat.cohort = seated.cohort();
            seat.seatId = free.get();
            seat.personId = candidate.personId();
            seat.displayName = candidate.ballotName;
            seat.electionId = id;
            seat.termStart = now;
            seat.termEnd = termEnd(election, rulebook.council().cohort(seated.cohort()), now);
            seat.persist();
            seats.add(new Seat(seated.seat(), seat.personId, seat.cohort, seat.termEnd));
            outbox.publish(new CouncilSeatChanged(seat.seatId, seat.cohort, seat.personId, "seated", seat.termEnd, now));
            ObjectNode node = published.addObject();
            node.put("seat", seated.seat());
            node.put("seatId", seat.seatId);
            node.put("ballotName", seat.displayName);
            node.put("personId", seat.personId);
            node.put("cohort", seat.cohort);
            node.put("termStart", now.toString());
            node.put("termEnd", seat.termEnd.toString());
        }
        election.certifiedAt = now;
        election.resultJson = withSeats(election.resultJson, published, unseated, now);
        elections.moveTo(election, Phase.CERTIFIED, now);
        outbox.publish(new ElectionCertified(election.key(), election.kind.wireName(), seats, election.rulebookVersion, now));
        return election;
    }

    /** Whole council: the cohort's whole-council term; cohort: the regular term; by-election: the cohort's term so far. */
    private static Instant termEnd(Election election, Rulebook.Cohort cohort, Instant now) {
        if (election.kind == ElectionKind.BY_ELECTION) {
            return CouncilSeat.current().stream().filter(s -> s.cohort.equals(cohort.name()))
                    .map(s -> s.termEnd).max(Instant::compareTo)
                    .orElse(now.atOffset(ZoneOffset.UTC).plusMonths(cohort.termMonths()).toInstant());
        }
        int months = election.kind == ElectionKind.WHOLE_COUNCIL ? cohort.wholeCouncilTermMonths() : cohort.termMonths();
        return now.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /** The lowest seat id of the cohort nobody holds now (A-1, A-2 ...), within the cohort's seats. */
    private static Optional<String> freeSeatId(Rulebook.Cohort cohort) {
        List<String> taken = CouncilSeat.current().stream().map(s -> s.seatId).toList();
        for (int n = 1; n <= cohort.seats(); n++) {
            String candidate = cohort.name() + "-" + n;
            if (!taken.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private CouncilOutcome countedCouncil(Election election) {
        try {
            var council = json.readTree(election.resultJson).at("/count/council");
            return council.isMissingNode() || council.isNull() ? new CouncilOutcome(List.of(), List.of(), election.seats, null)
                    : json.treeToValue(council, CouncilOutcome.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String withSeats(String resultJson, ArrayNode seats, ArrayNode unseated, Instant now) {
        try {
            ObjectNode publication = (ObjectNode) json.readTree(resultJson);
            publication.put("certifiedAt", now.toString());
            publication.set("seated", seats);
            if (!unseated.isEmpty()) {
                publication.set("unseated", unseated);
            }
            return json.writeValueAsString(publication);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
