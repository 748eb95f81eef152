package dev.pygov.election.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.tally.FinalStep;
import dev.pygov.tally.Method;
import dev.pygov.tally.Tally;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.TieBreakProtocol;
import dev.pygov.tally.UnresolvedTie;
import dev.pygov.tally.ballots.BallotBox;
import dev.pygov.tally.ballots.CsvCells;
import dev.pygov.tally.council.Affiliation;
import dev.pygov.tally.council.AffiliationKind;
import dev.pygov.tally.council.Cohort;
import dev.pygov.tally.council.ContinuingCouncillor;
import dev.pygov.tally.council.CouncilOutcome;
import dev.pygov.tally.council.CouncilRules;
import dev.pygov.tally.council.Entity;
import dev.pygov.tally.report.ReportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a closed election with tally and the council rules, and writes everything a recount needs into the
 * election: the anonymised ballot CSV (with trackers), the JSON result (inputs and count) and the plain report.
 */
@ApplicationScoped
public class CountService {

    private final BallotService ballots;
    private final RulebookService rulebooks;
    private final ObjectMapper json;

    public CountService(BallotService ballots, RulebookService rulebooks, ObjectMapper json) {
        this.ballots = ballots;
        this.rulebooks = rulebooks;
        this.json = json;
    }

    /** What a count found: the seated council, or the tie that stops it. */
    public record Count(TallyResult result, CouncilOutcome council, UnresolvedTie pendingTie) {
    }

    /** Counts with the election's current final step; returns the count and stores the publication in the election. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Count count(Election election, Instant now) {
        Rulebook rulebook = rulebooks.version(election.rulebookVersion);
        List<Candidate> candidates = Candidate.standing(election.id);
        List<String> names = candidates.stream().map(c -> c.ballotName).toList();
        List<BallotBoxes.StoredBallot> filled = ballots.filledBallots(election.id);

        // An election nobody stood in counts to no winners; tally refuses a ballot box without candidates.
        BallotBox.Builder box = names.isEmpty() ? null : BallotBox.builder(names, rulebook.councilElection().maxScore());
        StringBuilder csv = new StringBuilder("ballotID");
        // A name a spreadsheet would run as a formula is written with a leading apostrophe; the recount reads it back.
        names.forEach(name -> csv.append(',').append(CsvCells.neutralised(name)));
        csv.append('\n');
        for (BallotBoxes.StoredBallot ballot : filled) {
            int[] scores = BallotRules.decode(ballot.content());
            if (box != null) {
                box.addBallot(scores);
            }
            csv.append(ballot.tracker());
            for (int score : scores) {
                csv.append(',').append(score);
            }
            csv.append('\n');
        }

        int seats = Math.min(election.seats, names.size());
        TieBreakProtocol protocol = TieBreakProtocol.fromCliName(rulebook.councilElection().tieBreak().protocol());
        Method method = Method.fromCliName(rulebook.councilElection().method());
        TallyConfig config = new TallyConfig(method, Math.max(seats, 1), protocol, FinalStep.parse(election.finalStep));

        // Affiliations as they stood when voting closed (0505), also for a recount after a tie is settled.
        LocalDate today = LocalDate.ofInstant(election.votingCloseAt == null ? now : election.votingCloseAt, ZoneOffset.UTC);
        Map<String, List<Affiliation>> affiliations = new LinkedHashMap<>();
        Map<String, String> entities = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            affiliations.put(candidate.ballotName, currentAffiliations(candidate.personId(), today, entities));
        }
        List<ContinuingCouncillor> continuing = new ArrayList<>();
        for (CouncilSeat seat : continuingSeats(election)) {
            continuing.add(new ContinuingCouncillor(seat.displayName, seat.cohort, currentAffiliations(seat.personId, today, entities)));
        }
        List<Entity> entityList = entities.entrySet().stream().map(e -> new Entity(e.getKey(), e.getValue())).toList();
        List<Cohort> cohorts = cohortsFilled(election, rulebook);
        int employerLimit = rulebook.council().employerLimit();

        TallyResult result = box == null ? null : Tally.run(box.build(), config);
        CouncilOutcome council = result == null
                ? new CouncilOutcome(List.of(), List.of(), election.seats, null)
                : CouncilRules.seat(result, affiliations, entityList, continuing, employerLimit, cohorts);

        election.ballotsCast = filled.size();
        election.ballotsCsv = csv.toString();
        election.reportText = report(election, result, council);
        election.tieJson = council.pendingTie() == null ? null : write(council.pendingTie());
        ObjectNode publication = json.createObjectNode();
        publication.put("electionId", election.key());
        publication.put("kind", election.kind.wireName());
        publication.put("cohort", election.cohort);
        publication.put("rulebookVersion", election.rulebookVersion);
        publication.put("method", method.cliName());
        publication.put("seats", election.seats);
        publication.put("maxScore", rulebook.councilElection().maxScore());
        publication.put("tieBreakProtocol", protocol.cliName());
        publication.put("finalStep", election.finalStep);
        publication.put("seedCommitment", election.seedCommitment);
        publication.put("seed", election.seedRevealed ? election.seed : null);
        publication.put("electorateSize", election.electorateSize);
        publication.put("ballotsCast", election.ballotsCast);
        publication.put("employerLimit", employerLimit);
        publication.set("cohorts", json.valueToTree(cohorts));
        ArrayNode candidateNodes = publication.putArray("candidates");
        for (Candidate candidate : candidates) {
            ObjectNode node = candidateNodes.addObject();
            node.put("ballotName", candidate.ballotName);
            node.put("personId", candidate.personId());
            node.set("affiliations", json.valueToTree(affiliations.get(candidate.ballotName)));
        }
        publication.set("entities", json.valueToTree(entityList));
        publication.set("continuingCouncillors", json.valueToTree(continuing));
        publication.put("recount", "java -jar pygov-tally.jar --method " + method.cliName() + " --seats " + config.seats()
                + " --tiebreak " + protocol.cliName() + " --final " + election.finalStep
                + " --max-score " + rulebook.councilElection().maxScore() + " ballots.csv");
        publication.set("count", result == null ? null : read(ReportWriter.json(result, council)));
        election.resultJson = write(publication);
        return new Count(result, council, council.pendingTie());
    }

    private String report(Election election, TallyResult result, CouncilOutcome council) {
        StringBuilder text = new StringBuilder();
        text.append("Election ").append(election.id).append(" (").append(election.kind.wireName())
                .append(election.cohort == null ? "" : ", cohort " + election.cohort).append(")\n");
        text.append("Rulebook version ").append(election.rulebookVersion).append(", final step ").append(election.finalStep).append('\n');
        text.append("Electorate ").append(election.electorateSize).append(", ballots cast ").append(election.ballotsCast).append("\n\n");
        if (result != null) {
            text.append(ReportWriter.plain(result)).append('\n');
        }
        text.append(ReportWriter.plain(council));
        return text.toString();
    }

    /** Seats staying filled through this election: all but the ones it fills. */
    static List<CouncilSeat> continuingSeats(Election election) {
        return switch (election.kind) {
            case WHOLE_COUNCIL -> List.of();
            case COHORT -> CouncilSeat.current().stream().filter(s -> !s.cohort.equals(election.cohort)).toList();
            case BY_ELECTION -> CouncilSeat.current();
        };
    }

    static List<Cohort> cohortsFilled(Election election, Rulebook rulebook) {
        if (election.kind == ElectionKind.WHOLE_COUNCIL) {
            return rulebook.council().cohorts().stream().map(c -> new Cohort(c.name(), c.seats())).toList();
        }
        return List.of(new Cohort(election.cohort, election.seats));
    }

    /** A person's affiliations on a day, as the tally's council rules read them; records entities and their roots. */
    private static List<Affiliation> currentAffiliations(String personId, LocalDate day, Map<String, String> entities) {
        List<Affiliation> current = new ArrayList<>();
        for (MemberAffiliation affiliation : MemberAffiliation.of(personId)) {
            if (!affiliation.currentOn(day)) {
                continue;
            }
            String entity = affiliation.id.entityId;
            String root = affiliation.entityRootId;
            entities.putIfAbsent(root, null);
            if (!entity.equals(root)) {
                entities.putIfAbsent(entity, root);
            }
            current.add(new Affiliation(entity, kindOf(affiliation.id.kind)));
        }
        return current;
    }

    /** Kinds membership-service may add later count toward the limit: the rule's safe side. */
    static AffiliationKind kindOf(String label) {
        try {
            return AffiliationKind.fromLabel(label);
        } catch (IllegalArgumentException unknown) {
            return AffiliationKind.AFFILIATED;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
