package dev.pygov.membership.domain;

/** How a person came onto the Packaging community roster (seed: "Initial membership", "Adding a new member"). */
public enum JoinSource {
    /** Triage or commit bit, or a project in the PyPA organisation. */
    PYPA_MEMBER,
    /** Listed on the Packaging Workgroup charter. */
    PACKAGING_WORKGROUP,
    /** A Python core team member willing to participate. */
    CORE_TEAM,
    /** Nominated by a wider-community non-profit organisation, up to the rulebook's cap per organisation. */
    WIDER_COMMUNITY_NOMINEE,
    /** Admitted by a community vote; never recorded by hand. */
    ADMITTED_BY_VOTE
}
