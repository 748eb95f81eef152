package dev.pygov.membership.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import dev.pygov.rulebook.Rulebooks;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The membership rules as plain Java, with the seeded rulebook's numbers. */
class RulesTest {

    private static final int CAP = Rulebooks.seeded().community().widerCommunityNomineeCap();
    private static final int MISSED = Rulebooks.seeded().community().missedElectionsBeforeInactive();

    @Test
    void theSeededRulebookCarriesTheSeedsNumbers() {
        assertThat(CAP).isEqualTo(7);
        assertThat(MISSED).isEqualTo(2);
        assertThat(Rulebooks.seeded().communityVotes().admission().secondingDays()).isEqualTo(14);
    }

    @Test
    void anOrganisationNominatesUpToTheCapAndTheNextIsRefusedNamingTheField() {
        assertThatCode(() -> NomineeCap.check("pyopensci", CAP - 1, CAP)).doesNotThrowAnyException();
        assertThatThrownBy(() -> NomineeCap.check("pyopensci", CAP, CAP))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.slug()).isEqualTo("nominee-cap-reached");
                    assertThat(e.field()).isEqualTo("nominatingOrganisation");
                    assertThat(e.getMessage()).contains("at most 7");
                });
    }

    @Test
    void allMembershipClassesButBasicVote() {
        assertThat(MembershipClass.BASIC.votes()).isFalse();
        assertThat(MembershipClass.SUPPORTING.votes()).isTrue();
        assertThat(MembershipClass.CONTRIBUTING.votes()).isTrue();
        assertThat(MembershipClass.MANAGING.votes()).isTrue();
        assertThat(MembershipClass.FELLOW.votes()).isTrue();
    }

    @Test
    void derivedRolesFollowClassAndCommunityStatus() {
        assertThat(RoleRules.derived(Optional.empty(), false)).isEmpty();
        assertThat(RoleRules.derived(Optional.of(MembershipClass.BASIC), false)).containsExactly(Roles.BASIC_MEMBER);
        assertThat(RoleRules.derived(Optional.of(MembershipClass.FELLOW), true))
                .containsExactlyInAnyOrder(Roles.BASIC_MEMBER, Roles.VOTING_MEMBER, Roles.PACKAGING_MEMBER);
    }

    @Test
    void aSecondComesFromAnotherMemberWithinTheWindow() {
        Instant called = Instant.parse("2026-01-01T00:00:00Z");
        Instant deadline = called.plusSeconds(14 * 86400);
        assertThatCode(() -> AdmissionRules.checkSecond(AdmissionStatus.AWAITING_SECOND, "ann", deadline, "bob",
                deadline.minusSeconds(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdmissionRules.checkSecond(AdmissionStatus.AWAITING_SECOND, "ann", deadline, "ann", called))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("secondedBy"));
        assertThatThrownBy(() -> AdmissionRules.checkSecond(AdmissionStatus.AWAITING_SECOND, "ann", deadline, "bob", deadline))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("seconding-window-closed"));
        assertThatThrownBy(() -> AdmissionRules.checkSecond(AdmissionStatus.VOTING, "ann", deadline, "bob", called))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void consecutiveMissesCountAndTakingPartResetsThem() {
        int missed = MissedElections.after(0, false);
        assertThat(MissedElections.becomesInactive(missed, MISSED)).isFalse();
        assertThat(MissedElections.after(missed, true)).isZero();
        missed = MissedElections.after(missed, false);
        assertThat(missed).isEqualTo(2);
        assertThat(MissedElections.becomesInactive(missed, MISSED)).isTrue();
    }

    @Test
    void aSubsidiaryCountsAsItsTopParent() {
        Map<String, String> parents = Map.of("acme-eu", "acme", "acme-eu-labs", "acme-eu");
        assertThat(AffiliationRules.rootOf("acme-eu-labs", parents::get)).isEqualTo("acme");
        assertThat(AffiliationRules.rootOf("acme", parents::get)).isEqualTo("acme");
        assertThatThrownBy(() -> AffiliationRules.rootOf("a", Map.of("a", "b", "b", "a")::get))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void affiliationInputIsChecked() {
        assertThatThrownBy(() -> AffiliationRules.period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("until"));
        assertThatCode(() -> AffiliationRules.period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-01")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AffiliationRules.kind("psf-member"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.field()).isEqualTo("kind");
                    assertThat(e.getMessage()).contains("PSF membership is not an affiliation");
                });
        assertThat(AffiliationRules.kind("significantly-affiliated")).isEqualTo(AffiliationKind.SIGNIFICANTLY_AFFILIATED);
        assertThat(AffiliationRules.organisationFor(AffiliationKind.PSF_DIRECTOR, null)).isEqualTo(Organisation.PSF);
        assertThatThrownBy(() -> AffiliationRules.organisationFor(AffiliationKind.PSF_OFFICER, "acme"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("organisationId"));
        assertThatThrownBy(() -> AffiliationRules.organisationFor(AffiliationKind.EMPLOYEE, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo("organisationId"));
    }
}
