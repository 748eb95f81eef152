package dev.pygov.tally.council;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygov.tally.ConformanceFiles;
import dev.pygov.tally.FinalStep;
import dev.pygov.tally.Tally;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.TieBreakProtocol;
import dev.pygov.tally.ballots.BallotBox;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** council/cases.json: Bloc STAR ranking, then the employer limit and cohorts. */
class CouncilConformanceTest {

    @Test
    void casesArePresent() {
        assertThat(ConformanceFiles.read("council/cases.json").size()).isGreaterThan(0);
    }

    @TestFactory
    Stream<DynamicTest> everyCouncilCase() {
        JsonNode cases = ConformanceFiles.read("council/cases.json");
        return StreamSupport.stream(cases.spliterator(), false)
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
    }

    private static void check(JsonNode c) {
        List<String> candidates = new ArrayList<>();
        Map<String, List<Affiliation>> affiliations = new LinkedHashMap<>();
        for (JsonNode candidate : c.get("candidates")) {
            String name = candidate.get("name").asText();
            candidates.add(name);
            affiliations.put(name, affiliations(candidate.get("affiliations")));
        }
        BallotBox.Builder builder = BallotBox.builder(candidates, 5);
        for (JsonNode ballot : c.get("ballots")) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            ballot.fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().asInt()));
            builder.addBallot(scores);
        }
        int seats = c.get("seats").asInt();
        TallyResult result = Tally.run(builder.build(),
                TallyConfig.blocStar(seats, TieBreakProtocol.STARVOTE, FinalStep.none()));
        JsonNode expected = c.get("expected");
        assertThat(result.ranking()).containsExactlyElementsOf(strings(expected.get("ranking")));

        List<Entity> entities = new ArrayList<>();
        for (JsonNode entity : c.get("entities")) {
            entities.add(new Entity(entity.get("id").asText(), entity.get("parent").isNull() ? null : entity.get("parent").asText()));
        }
        List<ContinuingCouncillor> continuing = new ArrayList<>();
        for (JsonNode councillor : c.get("continuing_councillors")) {
            continuing.add(new ContinuingCouncillor(councillor.get("name").asText(), councillor.get("cohort").asText(),
                    affiliations(councillor.get("affiliations"))));
        }
        String kind = c.get("kind").asText();
        List<Cohort> cohorts = kind.equals("whole-council")
                ? Cohort.seedWholeCouncil()
                : List.of(new Cohort(kind.substring("cohort-".length()), seats));

        CouncilOutcome outcome = CouncilRules.seat(result, affiliations, entities, continuing,
                CouncilRules.SEED_EMPLOYER_LIMIT, cohorts);

        List<SeatedCouncillor> expectedSeated = new ArrayList<>();
        for (JsonNode seat : expected.get("seated")) {
            expectedSeated.add(new SeatedCouncillor(seat.get("candidate").asText(), seat.get("seat").asInt(),
                    seat.get("cohort").asText()));
        }
        assertThat(outcome.seated()).containsExactlyElementsOf(expectedSeated);
        List<String> expectedDisqualified = new ArrayList<>();
        expected.get("disqualified").forEach(d -> expectedDisqualified.add(d.get("candidate").asText() + "@" + d.get("entity").asText()));
        assertThat(outcome.disqualified()).extracting(d -> d.candidate() + "@" + d.entity())
                .containsExactlyElementsOf(expectedDisqualified);
        assertThat(outcome.unfilledSeats()).isEqualTo(expected.get("unfilled_seats").asInt());
    }

    private static List<Affiliation> affiliations(JsonNode array) {
        List<Affiliation> affiliations = new ArrayList<>();
        for (JsonNode affiliation : array) {
            affiliations.add(new Affiliation(affiliation.get("entity").asText(),
                    AffiliationKind.fromLabel(affiliation.get("kind").asText())));
        }
        return affiliations;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
