package dev.pygov.proposal.domain;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.commons.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesTest {

    private static final Actor BASIC = new Actor("bea", Set.of(Roles.BASIC_MEMBER));
    private static final Actor VOTING = new Actor("vic", Set.of(Roles.VOTING_MEMBER));
    private static final Actor DIRECTOR = new Actor("dora", Set.of(Roles.DIRECTOR));
    private static final Actor OFFICER = new Actor("otto", Set.of(Roles.OFFICER));
    private static final Actor OUTSIDER = new Actor("olga", Set.of(Roles.PACKAGING_MEMBER));

    @Test
    void anyPsfMemberCreatesForDiscussionOthersDoNot() {
        for (Actor member : List.of(BASIC, VOTING, DIRECTOR, OFFICER)) {
            assertThatCode(() -> WriteRules.checkCreate(member, Section.PROPOSALS_FOR_DISCUSSION)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> WriteRules.checkCreate(OUTSIDER, Section.PROPOSALS_FOR_DISCUSSION))
                .isInstanceOf(ProblemException.class).extracting("status").isEqualTo(403);
    }

    @Test
    void onlyDirectorsAndOfficersWriteProposalsForResolution() {
        assertThatCode(() -> WriteRules.checkCreate(DIRECTOR, Section.PROPOSALS_FOR_RESOLUTION)).doesNotThrowAnyException();
        for (Section section : List.of(Section.PROPOSALS_FOR_RESOLUTION, Section.ARCHIVED_PROPOSALS)) {
            assertThatCode(() -> WriteRules.checkEdit(OFFICER, section, List.of("someone"))).doesNotThrowAnyException();
            assertThatThrownBy(() -> WriteRules.checkEdit(BASIC, section, List.of("bea"))).extracting("slug").isEqualTo("board-only");
        }
        assertThatThrownBy(() -> WriteRules.checkCreate(VOTING, Section.PROPOSALS_FOR_RESOLUTION)).extracting("slug").isEqualTo("board-only");
    }

    @Test
    void nobodyCreatesAPageWhereOnlyAResolutionPutsOneNorRewritesAPolicy() {
        for (Section section : List.of(Section.ACTIVE_POLICIES, Section.RETIRED_POLICIES, Section.ARCHIVED_PROPOSALS)) {
            for (Actor anyone : List.of(DIRECTOR, OFFICER, BASIC)) {
                assertThatThrownBy(() -> WriteRules.checkCreate(anyone, section)).isInstanceOf(ProblemException.class)
                        .extracting("slug").isEqualTo("section-by-resolution-only");
            }
        }
        for (Section section : List.of(Section.ACTIVE_POLICIES, Section.RETIRED_POLICIES)) {
            assertThatThrownBy(() -> WriteRules.checkEdit(DIRECTOR, section, List.of("dora"))).isInstanceOf(ProblemException.class)
                    .extracting("slug").isEqualTo("policy-by-resolution-only");
        }
    }

    @Test
    void underDiscussionOnlyTheAuthorsEditEvenDirectors() {
        assertThatCode(() -> WriteRules.checkEdit(BASIC, Section.PROPOSALS_FOR_DISCUSSION, List.of("x", "bea"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> WriteRules.checkEdit(VOTING, Section.PROPOSALS_FOR_DISCUSSION, List.of("bea")))
                .extracting("slug").isEqualTo("not-an-author");
        assertThatThrownBy(() -> WriteRules.checkAddAuthor(DIRECTOR, Section.PROPOSALS_FOR_DISCUSSION, List.of("bea")))
                .extracting("slug").isEqualTo("not-an-author");
    }

    @Test
    void byHandProposalsMoveOnlyBetweenDiscussionAndResolution() {
        assertThatCode(() -> MoveRules.checkMoveByHand(Section.PROPOSALS_FOR_DISCUSSION, Section.PROPOSALS_FOR_RESOLUTION)).doesNotThrowAnyException();
        assertThatCode(() -> MoveRules.checkMoveByHand(Section.PROPOSALS_FOR_RESOLUTION, Section.PROPOSALS_FOR_DISCUSSION)).doesNotThrowAnyException();
        for (Section from : Section.values()) {
            for (Section to : List.of(Section.ACTIVE_POLICIES, Section.RETIRED_POLICIES, Section.ARCHIVED_PROPOSALS)) {
                assertThatThrownBy(() -> MoveRules.checkMoveByHand(from, to)).extracting("field").isEqualTo("toSection");
            }
        }
        assertThatThrownBy(() -> MoveRules.checkMoveByHand(Section.ACTIVE_POLICIES, Section.PROPOSALS_FOR_RESOLUTION))
                .extracting("slug").isEqualTo("move-not-allowed");
    }

    @Test
    void namesTitlesAndTextsAreChecked() {
        assertThatCode(() -> PageRules.checkName("StrategicDecisionMakingProcess", "name")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PageRules.checkName("../etc", "name")).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> PageRules.checkName("", "name")).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> PageRules.checkTitle("  ")).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> PageRules.checkText("x".repeat(11), 10)).extracting("field").isEqualTo("text");
        assertThatCode(() -> PageRules.checkText("x".repeat(10), 10)).doesNotThrowAnyException();
    }

    @Test
    void agendasAndMinutesLiveOnlyInMeetingSectionsWrittenByTheirOwnBody() {
        Actor councillor = new Actor("cleo", Set.of(Roles.COUNCIL_MEMBER));
        assertThatCode(() -> WriteRules.checkKindFitsSection(Kind.MINUTES, Section.BOARD_MEETINGS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> WriteRules.checkKindFitsSection(Kind.AGENDA, Section.ACTIVE_POLICIES)).extracting("field").isEqualTo("kind");
        assertThatThrownBy(() -> WriteRules.checkKindFitsSection(Kind.AMENDMENT, Section.COUNCIL_MEETINGS)).extracting("field").isEqualTo("kind");
        assertThatCode(() -> WriteRules.checkCreate(councillor, Section.COUNCIL_MEETINGS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> WriteRules.checkCreate(councillor, Section.BOARD_MEETINGS)).extracting("slug").isEqualTo("board-only");
        assertThatThrownBy(() -> WriteRules.checkEdit(DIRECTOR, Section.COUNCIL_MEETINGS, List.of("dora"))).extracting("slug").isEqualTo("council-only");
    }

    @Test
    void sectionsParseFromTheirWikiNames() {
        assertThat(Section.parse("ActivePolicies", "section")).isEqualTo(Section.ACTIVE_POLICIES);
        assertThat(Section.parse("PROPOSALS_FOR_RESOLUTION", "section")).isEqualTo(Section.PROPOSALS_FOR_RESOLUTION);
        assertThatThrownBy(() -> Section.parse("Elsewhere", "toSection")).extracting("field").isEqualTo("toSection");
        assertThat(new PagePath(Section.ARCHIVED_PROPOSALS, "X")).hasToString("PythonSoftwareFoundation/ArchivedProposals/X");
    }
}
