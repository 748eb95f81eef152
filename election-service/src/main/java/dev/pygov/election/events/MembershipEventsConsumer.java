package dev.pygov.election.events;

import dev.pygov.events.Topics;
import dev.pygov.commons.inbox.EventDispatcher;
import dev.pygov.commons.inbox.Inbox;
import dev.pygov.election.domain.CommunityMember;
import dev.pygov.election.domain.MemberAffiliation;
import dev.pygov.election.domain.PersonRole;
import dev.pygov.election.domain.VoteKind;
import dev.pygov.election.domain.VoteService;
import dev.pygov.events.membership.AdmissionVoteRequested;
import dev.pygov.events.membership.AffiliationChanged;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.events.membership.CommunityStatusChanged;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.events.membership.RoleChanged;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the projection the roll and the employer limit are read from: public names, community standing and
 * affiliations, and the PSF roles (directors, voting members). Events may arrive in any order across people;
 * fields it does not know are ignored. A seconded admission call opens the community's admission vote.
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "election-service/membership-events";

    private final EventDispatcher dispatcher;
    private final VoteService votes;
    private final Clock clock;

    public MembershipEventsConsumer(Inbox inbox, VoteService votes, Clock clock) {
        this.votes = votes;
        this.clock = clock;
        this.dispatcher = new EventDispatcher(CONSUMER, Topics.MEMBERSHIP, inbox)
                .on(PersonRegistered.class, this::registered)
                .on(CommunityMemberJoined.class, this::joined)
                .on(CommunityStatusChanged.class, this::statusChanged)
                .on(AffiliationChanged.class, this::affiliationChanged)
                .on(RoleChanged.class, this::roleChanged)
                .on(AdmissionVoteRequested.class, this::admissionVoteRequested);
    }

    @Incoming("membership-events")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String cloudEvent) {
        dispatcher.deliver(cloudEvent);
    }

    private void registered(PersonRegistered person) {
        CommunityMember member = CommunityMember.findOrNew(person.personId());
        member.displayName = person.displayName() != null ? person.displayName() : person.name();
        member.persist();
    }

    private void joined(CommunityMemberJoined joined) {
        CommunityMember member = CommunityMember.findOrNew(joined.personId());
        member.onRoster = true;
        member.status = "active";
        member.persist();
    }

    private void statusChanged(CommunityStatusChanged changed) {
        CommunityMember member = CommunityMember.findOrNew(changed.personId());
        member.status = changed.status() == null ? member.status : changed.status();
        if ("removed".equals(member.status)) {
            member.onRoster = false;
        }
        member.persist();
    }

    private void affiliationChanged(AffiliationChanged changed) {
        MemberAffiliation.Key key = new MemberAffiliation.Key(changed.personId(), changed.entityId(),
                changed.kind() == null ? "affiliated" : changed.kind());
        MemberAffiliation affiliation = MemberAffiliation.findById(key);
        if (affiliation == null) {
            affiliation = new MemberAffiliation();
            affiliation.id = key;
        }
        affiliation.entityRootId = changed.entityRootId() == null ? changed.entityId() : changed.entityRootId();
        affiliation.since = changed.since();
        affiliation.until = changed.until();
        affiliation.persist();
    }

    private void roleChanged(RoleChanged changed) {
        PersonRole.Key key = new PersonRole.Key(changed.personId(), changed.role());
        PersonRole role = PersonRole.findById(key);
        if (role == null) {
            role = new PersonRole();
            role.id = key;
        }
        role.held = changed.held();
        role.since = changed.from();
        role.until = changed.until();
        role.persist();
    }

    /** membership-service ran the call and its second; the vote's subject is the call id it matches the decision by. */
    private void admissionVoteRequested(AdmissionVoteRequested request) {
        String name = request.candidateName() == null || request.candidateName().isBlank() ? request.candidatePersonId() : request.candidateName();
        votes.openOnce(VoteKind.ADMISSION, request.callId(), "Admit " + name + " to the Packaging community?", List.of(), Instant.now(clock));
    }
}
