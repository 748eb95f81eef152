package dev.pygov.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElectorateTest {

    @Test
    void memberVotesAndPollsGoToPsfVotingMembersEverythingElseToThePackagingCommunity() {
        assertThat(Electorate.forVoteKind("member-vote")).isEqualTo(Electorate.Body.PSF_VOTING_MEMBERS);
        assertThat(Electorate.forVoteKind("poll")).isEqualTo(Electorate.Body.PSF_VOTING_MEMBERS);
        assertThat(Electorate.forVoteKind("admission")).isEqualTo(Electorate.Body.PACKAGING_COMMUNITY);
        assertThat(Electorate.forVoteKind("no-confidence")).isEqualTo(Electorate.Body.PACKAGING_COMMUNITY);
        assertThat(Electorate.forVoteKind("governance-change")).isEqualTo(Electorate.Body.PACKAGING_COMMUNITY);
    }
}
