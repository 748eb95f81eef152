package dev.pygov.tally.council;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouncilRulesTest {
    private static final List<Entity> ENTITIES = List.of(
            Entity.topLevel("MegaCorp"),
            new Entity("MegaCorp Cloud", "MegaCorp"),
            new Entity("MegaCorp Cloud EU", "MegaCorp Cloud"),
            Entity.topLevel("PSF"),
            Entity.topLevel("Uni"),
            Entity.topLevel("NonProfit"),
            Entity.topLevel("Startup"));

    private static Map<String, List<Affiliation>> employers(String... nameThenEntity) {
        Map<String, List<Affiliation>> affiliations = new LinkedHashMap<>();
        for (int i = 0; i < nameThenEntity.length; i += 2) {
            affiliations.put(nameThenEntity[i], List.of(Affiliation.employee(nameThenEntity[i + 1])));
        }
        return affiliations;
    }

    private static CouncilOutcome seatWholeCouncil(List<String> ranking, Map<String, List<Affiliation>> affiliations,
                                                   List<ContinuingCouncillor> continuing) {
        return CouncilRules.seat(ranking, affiliations, ENTITIES, continuing, 2, Cohort.seedWholeCouncil());
    }

    private static List<String> seatedNames(CouncilOutcome outcome) {
        return outcome.seated().stream().map(SeatedCouncillor::candidate).toList();
    }

    @Test
    void threeOfTopFiveAtOneEmployerDisqualifiesTheLowestRankedOfThem() {
        var affiliations = employers("A", "MegaCorp", "B", "Uni", "C", "MegaCorp", "D", "NonProfit", "E", "MegaCorp", "F", "Startup");
        CouncilOutcome outcome = seatWholeCouncil(List.of("A", "B", "C", "D", "E", "F"), affiliations, List.of());

        assertThat(seatedNames(outcome)).containsExactly("A", "B", "C", "D", "F");
        assertThat(outcome.disqualified()).singleElement().satisfies(d -> {
            assertThat(d.candidate()).isEqualTo("E");
            assertThat(d.entity()).isEqualTo("MegaCorp");
            assertThat(d.rankPosition()).isEqualTo(5);
            assertThat(d.councillorsAlready()).isEqualTo(2);
        });
        assertThat(outcome.seated()).extracting(SeatedCouncillor::cohort).containsExactly("A", "A", "B", "B", "B");
    }

    @Test
    void chainOfDisqualificationsMovesLaterCandidatesUp() {
        var affiliations = employers("A", "MegaCorp", "B", "MegaCorp", "C", "MegaCorp", "D", "MegaCorp",
                "E", "Uni", "F", "MegaCorp", "G", "Uni", "H", "PSF", "I", "Startup");
        CouncilOutcome outcome = seatWholeCouncil(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"), affiliations, List.of());

        assertThat(seatedNames(outcome)).containsExactly("A", "B", "E", "G", "H");
        assertThat(outcome.disqualified()).extracting(Disqualification::candidate).containsExactly("C", "D", "F");
        assertThat(outcome.unfilledSeats()).isZero();
    }

    @Test
    void subsidiaryAtAnyDepthCountsAsItsTopLevelParent() {
        var affiliations = employers("A", "MegaCorp Cloud EU", "B", "MegaCorp Cloud", "C", "MegaCorp", "D", "Uni",
                "E", "NonProfit", "F", "Startup");
        CouncilOutcome outcome = seatWholeCouncil(List.of("A", "B", "C", "D", "E", "F"), affiliations, List.of());

        assertThat(outcome.disqualified()).singleElement()
                .satisfies(d -> assertThat(d.entity()).isEqualTo("MegaCorp"));
        assertThat(seatedNames(outcome)).containsExactly("A", "B", "D", "E", "F");
    }

    @Test
    void psfDirectorCountsAsAffiliatedWithThePsfButMembershipDoesNot() {
        Map<String, List<Affiliation>> affiliations = new LinkedHashMap<>();
        affiliations.put("Director", List.of(new Affiliation("PSF", AffiliationKind.PSF_DIRECTOR)));
        affiliations.put("Member1", List.of(new Affiliation("PSF", AffiliationKind.PSF_MEMBER)));
        affiliations.put("Officer", List.of(new Affiliation("PSF", AffiliationKind.PSF_OFFICER)));
        affiliations.put("Member2", List.of(new Affiliation("PSF", AffiliationKind.PSF_MEMBER)));
        affiliations.put("Staff", List.of(new Affiliation("PSF", AffiliationKind.PSF_EMPLOYEE)));
        affiliations.put("Member3", List.of(new Affiliation("PSF", AffiliationKind.PSF_MEMBER)));

        CouncilOutcome outcome = seatWholeCouncil(
                List.of("Director", "Member1", "Officer", "Member2", "Staff", "Member3"), affiliations, List.of());

        assertThat(seatedNames(outcome)).containsExactly("Director", "Member1", "Officer", "Member2", "Member3");
        assertThat(outcome.disqualified()).singleElement().satisfies(d -> {
            assertThat(d.candidate()).isEqualTo("Staff");
            assertThat(d.entity()).isEqualTo("PSF");
        });
    }

    @Test
    void continuingCouncillorsCountTowardTheLimit() {
        var continuing = List.of(new ContinuingCouncillor("Zoe", "A", List.of(Affiliation.employee("MegaCorp Cloud"))));
        var affiliations = employers("A", "MegaCorp", "B", "MegaCorp", "C", "Uni", "D", "NonProfit");

        CouncilOutcome outcome = CouncilRules.seat(List.of("A", "B", "C", "D"), affiliations, ENTITIES, continuing, 2,
                List.of(new Cohort("B", 3)));

        assertThat(seatedNames(outcome)).containsExactly("A", "C", "D");
        assertThat(outcome.seated()).extracting(SeatedCouncillor::cohort).containsOnly("B");
        assertThat(outcome.disqualified()).singleElement().satisfies(d -> {
            assertThat(d.candidate()).isEqualTo("B");
            assertThat(d.councillorsAlready()).isEqualTo(2);
        });
    }

    @Test
    void tooFewEligibleCandidatesLeavesSeatsUnfilled() {
        var affiliations = employers("A", "MegaCorp", "B", "MegaCorp", "C", "MegaCorp", "D", "Uni");
        CouncilOutcome outcome = seatWholeCouncil(List.of("A", "B", "C", "D"), affiliations, List.of());

        assertThat(seatedNames(outcome)).containsExactly("A", "B", "D");
        assertThat(outcome.unfilledSeats()).isEqualTo(2);
    }

    @Test
    void employerLimitIsData() {
        var affiliations = employers("A", "MegaCorp", "B", "MegaCorp", "C", "Uni");
        CouncilOutcome outcome = CouncilRules.seat(List.of("A", "B", "C"), affiliations, ENTITIES, List.of(), 1,
                List.of(new Cohort("A", 2)));

        assertThat(seatedNames(outcome)).containsExactly("A", "C");
    }

    @Test
    void candidateWithoutAffiliationsIsAlwaysEligibleButUnknownEntitiesAreRejected() {
        assertThat(seatNamesFor(Map.of())).containsExactly("A", "B");
        assertThatThrownBy(() -> seatNamesFor(employers("A", "Nowhere Inc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nowhere Inc");
    }

    private static List<String> seatNamesFor(Map<String, List<Affiliation>> affiliations) {
        return seatedNames(CouncilRules.seat(List.of("A", "B"), affiliations, ENTITIES, List.of(), 2,
                List.of(new Cohort("A", 2))));
    }
}
