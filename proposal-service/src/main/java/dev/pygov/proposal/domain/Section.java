package dev.pygov.proposal.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.Arrays;

/** The five sections of the seed's wiki and the two meeting sections; {@link #wikiName} is the path segment. */
public enum Section {
    PROPOSALS_FOR_DISCUSSION("ProposalsForDiscussion"),
    PROPOSALS_FOR_RESOLUTION("ProposalsForResolution"),
    ACTIVE_POLICIES("ActivePolicies"),
    RETIRED_POLICIES("RetiredPolicies"),
    ARCHIVED_PROPOSALS("ArchivedProposals"),
    /** Agendas and minutes of PSF Board meetings. */
    BOARD_MEETINGS("BoardMeetings"),
    /** Agendas and minutes of Packaging Council meetings. */
    COUNCIL_MEETINGS("PackagingCouncilMeetings");

    public final String wikiName;

    Section(String wikiName) {
        this.wikiName = wikiName;
    }

    /** Accepts the wiki name ({@code ActivePolicies}) or the constant name ({@code ACTIVE_POLICIES}). */
    public boolean holdsMeetings() {
        return this == BOARD_MEETINGS || this == COUNCIL_MEETINGS;
    }

    public static Section parse(String value, String field) {
        return Arrays.stream(values())
                .filter(s -> s.wikiName.equals(value) || s.name().equals(value))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "unknown section '" + value + "'; one of "
                        + Arrays.stream(values()).map(s -> s.wikiName).toList()));
    }
}
