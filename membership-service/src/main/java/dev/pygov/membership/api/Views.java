package dev.pygov.membership.api;

import dev.pygov.membership.domain.AdmissionCall;
import dev.pygov.membership.domain.Affiliation;
import dev.pygov.membership.domain.CommunityStatusEntry;
import dev.pygov.membership.domain.Organisation;
import dev.pygov.membership.domain.PsfMembership;
import dev.pygov.membership.domain.ResumptionRequest;
import dev.pygov.membership.domain.RoleAssignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the API returns. The roster entries are public, so they carry no e-mail address. */
public final class Views {

    private Views() {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** qualification: why an initial member qualifies (or an admin correction's stated basis); null for admissions by vote. */
    public record RosterEntry(String personId, String displayName, String joinSource, String nominatingOrganisation,
                              String qualification, String status, Instant joinedAt) {
    }

    /** Whether initial membership is open; once the first council election is certified, people join by admission vote. */
    public record RosterPhaseView(boolean initialMembershipOpen, Instant initialEndedAt, String initialEndedByElection) {
    }

    public record StatusEntry(String status, String reason, Instant at, int rulebookVersion) {
        static StatusEntry of(CommunityStatusEntry e) {
            return new StatusEntry(e.status, e.reason, e.at, e.rulebookVersion);
        }
    }

    public record MembershipPeriod(String membershipClass, boolean votingMember, LocalDate since, LocalDate until) {
        static MembershipPeriod of(PsfMembership m) {
            return new MembershipPeriod(m.membershipClass, m.membershipClass().votes(), m.since, m.until);
        }
    }

    /** A role period with who recorded it, on what authority, and, if it was ended early, who ended it and why. */
    public record RoleHeld(UUID id, String role, Instant from, Instant until, String grantedBy, String authority, Instant recordedAt,
                           String endedBy, String endAuthority, Instant endRecordedAt) {
        static RoleHeld of(RoleAssignment a) {
            return new RoleHeld(a.id, a.role, a.heldFrom, a.heldUntil, a.grantedBy, a.authority, a.recordedAt,
                    a.endedBy, a.endAuthority, a.endRecordedAt);
        }
    }

    public record MyRoles(String personId, Set<String> roles) {
    }

    public record OrganisationView(String id, String name, String kind, String parentId, String rootId) {
        static OrganisationView of(Organisation o, String rootId) {
            return new OrganisationView(o.id, o.name, o.kind, o.parentId, rootId);
        }
    }

    public record AffiliationView(UUID id, String personId, String organisationId, String organisationRootId, String kind,
                                  LocalDate since, LocalDate until, String declaredBy, boolean confirmed) {
        static AffiliationView of(Affiliation a, String rootId) {
            return new AffiliationView(a.id, a.personId, a.organisationId, rootId, a.kind, a.since, a.until, a.declaredBy,
                    a.confirmedBy != null);
        }
    }

    public record AdmissionCallView(UUID id, String candidatePersonId, String calledBy, Instant calledAt, String channelUrl,
                                    Instant secondingDeadline, String secondedBy, Instant secondedAt, String status,
                                    String voteId, String outcomeExplanation, Instant decidedAt, int rulebookVersion) {
        static AdmissionCallView of(AdmissionCall c) {
            return new AdmissionCallView(c.id, c.candidatePersonId, c.calledBy, c.calledAt, c.channelUrl, c.secondingDeadline,
                    c.secondedBy, c.secondedAt, c.status, c.voteId, c.outcomeExplanation, c.decidedAt, c.rulebookVersion);
        }
    }

    public record ResumptionView(UUID id, String personId, String text, Instant requestedAt) {
        static ResumptionView of(ResumptionRequest r) {
            return new ResumptionView(r.id, r.personId, r.text, r.requestedAt);
        }
    }
}
