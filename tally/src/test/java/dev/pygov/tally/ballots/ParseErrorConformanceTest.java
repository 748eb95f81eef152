package dev.pygov.tally.ballots;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pygov.tally.ConformanceFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * starvote's parse-error cases are in its own text format (sections, pragmas, options), which this
 * importer does not read. The faults that exist in a CSV/JSON ballot file are mapped here: a
 * candidate repeated on one ballot, an empty ballot list and a malformed file. The rest (unknown
 * options, pragmas, sections, methods, tiebreakers, paths) have no counterpart.
 */
class ParseErrorConformanceTest {
    private static final Set<String> MAPPED = Set.of("bad_syntax_repeated_candidate", "bad_syntax_no_ballots",
            "bad_syntax_no_equals", "bad_syntax_malformed_section", "test_election_no_permuted_candidates_tiebreaker");

    private static void json(String text) throws Exception {
        JsonBallotReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 5);
    }

    private static void csv(String text) throws Exception {
        CsvBallotReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 5);
    }

    @Test
    void everyMappedCaseExistsInTheConformanceFile() {
        Set<String> names = new HashSet<>();
        ConformanceFiles.read("starvote/parse-error-cases.json").forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsAll(MAPPED);
    }

    @Test
    void repeatedCandidateOnOneBallot() {
        JsonNode source = caseNamed("bad_syntax_repeated_candidate");
        assertThat(source.get("expected_error_first_line").asText()).contains("specified candidate 'Amy' twice on one ballot");

        assertThatThrownBy(() -> json("{\"candidates\":[\"Amy\",\"Brian\"],\"ballots\":[{\"Amy\":1,\"Amy\":2,\"Brian\":3}]}"))
                .isInstanceOf(BallotInputException.class).hasMessageContaining("'Amy'").hasMessageContaining("twice");
        assertThatThrownBy(() -> csv("Amy,Amy,Brian\n1,2,3\n"))
                .isInstanceOf(BallotInputException.class).hasMessageContaining("duplicate candidate 'Amy'");
    }

    @Test
    void noBallotsListAndMalformedSyntax() {
        assertThat(caseNamed("bad_syntax_no_ballots").get("expected_error_first_line").asText()).contains("no ballots defined");
        assertThatThrownBy(() -> json("{\"candidates\":[\"Amy\"]}"))
                .isInstanceOf(BallotInputException.class).hasMessage("no \"ballots\" list");

        assertThat(caseNamed("bad_syntax_no_equals").get("expected_error_first_line").asText()).contains("bad syntax");
        assertThatThrownBy(() -> json("{\"candidates\":[\"Amy\"] \"ballots\":[]}"))
                .isInstanceOf(BallotInputException.class).hasMessageStartingWith("malformed JSON at line 1");
        assertThatThrownBy(() -> csv("Amy,\"Brian\n5,3\n"))
                .isInstanceOf(BallotInputException.class).hasMessageContaining("unterminated");
    }

    @Test
    void emptyTiebreakerListIsRejected() {
        assertThat(caseNamed("test_election_no_permuted_candidates_tiebreaker").get("expected_error_first_line").asText())
                .contains("tiebreaker list must not be empty");
        assertThatThrownBy(() -> dev.pygov.tally.FinalStep.order(java.util.List.of()))
                .hasMessage("tiebreaker list must not be empty");
    }

    private static JsonNode caseNamed(String name) {
        for (JsonNode c : ConformanceFiles.read("starvote/parse-error-cases.json")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no parse-error case " + name);
    }
}
