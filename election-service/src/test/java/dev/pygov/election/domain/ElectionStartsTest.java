package dev.pygov.election.domain;

import dev.pygov.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class ElectionStartsTest {

    @Test
    void theExecutiveDirectorCreatesOnlyTheInitialWholeCouncilElection() {
        assertThatCode(() -> ElectionStarts.executiveDirectorCreates(ElectionKind.WHOLE_COUNCIL, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ElectionStarts.executiveDirectorCreates(ElectionKind.WHOLE_COUNCIL, true))
                .as("a council has sat: later elections come from its motion or a dissolution")
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("not-the-initial-election");
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.status()).isEqualTo(422);
                });
        for (ElectionKind kind : new ElectionKind[] {ElectionKind.COHORT, ElectionKind.BY_ELECTION}) {
            assertThatThrownBy(() -> ElectionStarts.executiveDirectorCreates(kind, false))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("not-the-initial-election"));
        }
    }

    @Test
    void theExecutiveDirectorNamesAnOfficerOnlyWhereNoneWasNamed() {
        Election afterDissolution = new Election();
        afterDissolution.appointedBy = "no-confidence vote 1";
        assertThatCode(() -> ElectionStarts.executiveDirectorNamesOfficer(afterDissolution)).doesNotThrowAnyException();

        Election byTheCouncil = new Election();
        byTheCouncil.returningOfficerId = "rosa";
        byTheCouncil.appointedBy = "council motion 7";
        assertThatThrownBy(() -> ElectionStarts.executiveDirectorNamesOfficer(byTheCouncil))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("officer-already-named");
                    assertThat(e.field()).isEqualTo("returningOfficerId");
                    assertThat(e.getMessage()).contains("council motion 7");
                });
    }

    @Test
    void theReturningOfficerDoesNotStand() {
        Election election = new Election();
        election.returningOfficerId = "rosa";
        assertThatThrownBy(() -> ElectionStarts.officerDoesNotStand(election, "rosa", "nominee"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.slug()).isEqualTo("returning-officer-cannot-stand");
                    assertThat(e.field()).isEqualTo("nominee");
                });
        assertThatCode(() -> ElectionStarts.officerDoesNotStand(election, "ann", "nominee")).doesNotThrowAnyException();
    }
}
