package dev.pygov.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulebookTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void seededRulebookCarriesTheSeedsNumbers() {
        Rulebook book = Rulebooks.seeded();

        assertThat(book.version()).isEqualTo(1);
        assertThat(book.council().seats()).isEqualTo(5);
        assertThat(book.council().employerLimit()).isEqualTo(2);
        assertThat(book.council().cohort("A").seats()).isEqualTo(2);
        assertThat(book.council().cohort("A").wholeCouncilTermMonths()).isEqualTo(24);
        assertThat(book.council().cohort("B").seats()).isEqualTo(3);
        assertThat(book.council().cohort("B").wholeCouncilTermMonths()).isEqualTo(12);
        assertThat(book.councilElection().method()).isEqualTo("bloc-star");
        assertThat(book.councilElection().maxScore()).isEqualTo(5);
        assertThat(book.councilElection().nominationDays()).isEqualTo(14);
        assertThat(book.councilElection().votingDays()).isEqualTo(14);
        assertThat(book.communityVotes().admission().quorum()).isEqualTo(0.5);
        assertThat(book.communityVotes().admission().secondingDays()).isEqualTo(14);
        assertThat(book.communityVotes().noConfidence().threshold().rule()).isEqualTo("two-thirds-of-voters");
        assertThat(book.communityVotes().governanceChange().threshold().rule()).isEqualTo("two-thirds-of-votes-cast");
        assertThat(book.councilMotions().removeCommunityMember().threshold().rule()).isEqualTo("two-thirds-of-seats");
        assertThat(book.community().widerCommunityNomineeCap()).isEqualTo(7);
        assertThat(book.community().missedElectionsBeforeInactive()).isEqualTo(2);
    }

    @Test
    void everyPublishedVersionValidatesAgainstTheSchema() throws IOException {
        JsonSchema schema = schema();
        assertThat(Rulebooks.allPublished()).isNotEmpty();
        for (Rulebook book : Rulebooks.allPublished()) {
            JsonNode document = json.readTree(Rulebooks.toJson(book));
            assertThat(schema.validate(document)).as("version %d", book.version()).isEmpty();
        }
    }

    @Test
    void aMisspeltKeyIsRejectedByTheSchemaAndByTheReader() throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(Rulebooks.toJson(Rulebooks.seeded()));
        ((ObjectNode) document.get("council")).set("employerLimt", document.get("council").get("employerLimit"));

        Set<ValidationMessage> errors = schema().validate(document);
        assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("employerLimt"));
        assertThatThrownBy(() -> Rulebooks.parse(json.writeValueAsBytes(document)))
                .isInstanceOf(InvalidRulebookException.class)
                .hasMessageContaining("employerLimt");
    }

    @Test
    void cohortsThatDoNotAddUpToTheSeatsAreRefused() throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(Rulebooks.toJson(Rulebooks.seeded()));
        ((ObjectNode) document.get("council")).put("seats", 7);

        assertThatThrownBy(() -> Rulebooks.parse(json.writeValueAsBytes(document)))
                .isInstanceOf(InvalidRulebookException.class)
                .hasMessageContaining("council.cohorts seats must add up to council.seats");
    }

    @Test
    void aQuorumOutsideZeroToOneIsRefused() throws IOException {
        ObjectNode document = (ObjectNode) json.readTree(Rulebooks.toJson(Rulebooks.seeded()));
        ((ObjectNode) document.get("communityVotes").get("admission")).put("quorum", 50);

        assertThatThrownBy(() -> Rulebooks.parse(json.writeValueAsBytes(document)))
                .isInstanceOf(InvalidRulebookException.class)
                .hasMessageContaining("quorum");
        assertThat(schema().validate(document)).isNotEmpty();
    }

    private JsonSchema schema() throws IOException {
        try (InputStream in = Rulebooks.class.getResourceAsStream("/rulebook/rulebook.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
