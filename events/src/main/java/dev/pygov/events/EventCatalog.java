package dev.pygov.events;

import dev.pygov.events.election.BallotParticipationRecorded;
import dev.pygov.events.election.BoardResolutionDecided;
import dev.pygov.events.election.CouncilSeatChanged;
import dev.pygov.events.election.ElectionCertified;
import dev.pygov.events.election.ElectionPhaseChanged;
import dev.pygov.events.election.MotionDecided;
import dev.pygov.events.election.MotionOpened;
import dev.pygov.events.election.NominationChanged;
import dev.pygov.events.election.RulebookAdopted;
import dev.pygov.events.election.VoteCallChanged;
import dev.pygov.events.election.VoteDecided;
import dev.pygov.events.election.VoteOpened;
import dev.pygov.events.membership.AdmissionCalled;
import dev.pygov.events.membership.AdmissionVoteRequested;
import dev.pygov.events.membership.AffiliationChanged;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.events.membership.CommunityStatusChanged;
import dev.pygov.events.membership.MembershipClassChanged;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.events.membership.RoleChanged;
import dev.pygov.events.proposal.MemberVoteRequested;
import dev.pygov.events.proposal.ProposalCreated;
import dev.pygov.events.proposal.ProposalMoved;
import dev.pygov.events.proposal.ProposalResolved;
import dev.pygov.events.proposal.ProposalRevised;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event PyGov publishes: the one list the schemas, the AsyncAPI document and the codec come from. */
public final class EventCatalog {

    public static final List<Class<? extends EventPayload>> PAYLOADS = List.of(
            PersonRegistered.class,
            MembershipClassChanged.class,
            RoleChanged.class,
            AffiliationChanged.class,
            CommunityMemberJoined.class,
            CommunityStatusChanged.class,
            AdmissionCalled.class,
            AdmissionVoteRequested.class,
            RulebookAdopted.class,
            ElectionPhaseChanged.class,
            BallotParticipationRecorded.class,
            ElectionCertified.class,
            CouncilSeatChanged.class,
            NominationChanged.class,
            MotionOpened.class,
            MotionDecided.class,
            VoteCallChanged.class,
            VoteOpened.class,
            VoteDecided.class,
            BoardResolutionDecided.class,
            ProposalCreated.class,
            ProposalRevised.class,
            ProposalMoved.class,
            MemberVoteRequested.class,
            ProposalResolved.class);

    public record Definition(String type, String topic, String key, String description, Class<? extends EventPayload> payload) {
    }

    private static final Map<String, Definition> BY_TYPE = PAYLOADS.stream()
            .map(EventCatalog::define)
            .collect(Collectors.toMap(Definition::type, Function.identity()));

    private EventCatalog() {
    }

    public static Definition of(Class<? extends EventPayload> payload) {
        return define(payload);
    }

    public static Optional<Definition> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static List<Definition> all() {
        return BY_TYPE.values().stream().sorted(Comparator.comparing(Definition::topic).thenComparing(Definition::type)).toList();
    }

    private static Definition define(Class<? extends EventPayload> payload) {
        EventType meta = payload.getAnnotation(EventType.class);
        if (meta == null) {
            throw new IllegalArgumentException(payload.getName() + " has no @EventType");
        }
        return new Definition(meta.value(), meta.topic(), meta.key(), meta.description(), payload);
    }
}
