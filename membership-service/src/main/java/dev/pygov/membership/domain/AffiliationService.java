package dev.pygov.membership.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.membership.AffiliationChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Organisations (with parents) and people's affiliations with them. */
@ApplicationScoped
public class AffiliationService {

    private final PersonService people;
    private final Outbox outbox;
    private final Clock clock;

    public AffiliationService(PersonService people, Outbox outbox, Clock clock) {
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Organisation createOrganisation(String id, String name, OrganisationKind kind, String parentId) {
        if (Organisation.findByIdOptional(id).isPresent()) {
            throw ProblemException.conflict("organisation-exists", "organisation " + id + " already exists", "id");
        }
        if (parentId != null) {
            requireOrganisation(parentId, "parentId");
        }
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.name = name;
        organisation.kind = Wire.of(kind);
        organisation.parentId = parentId;
        organisation.persist();
        return organisation;
    }

    public List<Organisation> organisations() {
        return Organisation.listAll(io.quarkus.panache.common.Sort.by("id"));
    }

    /** Records an affiliation; an officer's record is confirmed at once, a self-declared one awaits confirmation. */
    @Transactional
    public Affiliation declare(String personId, String organisationId, AffiliationKind kind, LocalDate since, LocalDate until,
                               String declaredBy, boolean confirmed) {
        people.require(personId, "personId");
        AffiliationRules.period(since, until);
        String orgId = AffiliationRules.organisationFor(kind, organisationId);
        Organisation organisation = requireOrganisation(orgId, "organisationId");
        Affiliation affiliation = new Affiliation();
        affiliation.id = UUID.randomUUID();
        affiliation.personId = personId;
        affiliation.organisationId = orgId;
        affiliation.kind = Wire.of(kind);
        affiliation.since = since;
        affiliation.until = until;
        affiliation.declaredBy = declaredBy;
        if (confirmed) {
            affiliation.confirmedBy = declaredBy;
            affiliation.confirmedAt = Instant.now(clock);
        }
        affiliation.persist();
        publish(affiliation, organisation);
        return affiliation;
    }

    @Transactional
    public Affiliation confirm(UUID affiliationId, String officer) {
        Affiliation affiliation = requireAffiliation(affiliationId);
        if (affiliation.confirmedBy == null) {
            affiliation.confirmedBy = officer;
            affiliation.confirmedAt = Instant.now(clock);
        }
        return affiliation;
    }

    /** Ends an affiliation; its holder or an officer may. */
    @Transactional
    public Affiliation end(UUID affiliationId, LocalDate until, String caller, boolean officer) {
        Affiliation affiliation = requireAffiliation(affiliationId);
        if (!officer && !affiliation.personId.equals(caller)) {
            throw Refusals.unknown("affiliation", "affiliationId", affiliationId.toString());
        }
        AffiliationRules.period(affiliation.since, until);
        affiliation.until = until;
        publish(affiliation, Organisation.findById(affiliation.organisationId));
        return affiliation;
    }

    public List<Affiliation> of(String personId) {
        people.require(personId, "personId");
        return Affiliation.of(personId);
    }

    public String rootOf(String organisationId) {
        return AffiliationRules.rootOf(organisationId, id -> Organisation.<Organisation>findByIdOptional(id).map(o -> o.parentId).orElse(null));
    }

    private void publish(Affiliation affiliation, Organisation organisation) {
        outbox.publish(new AffiliationChanged(affiliation.personId, organisation.id, organisation.name, rootOf(organisation.id),
                affiliation.kind, affiliation.since, affiliation.until));
    }

    private Affiliation requireAffiliation(UUID id) {
        return Affiliation.<Affiliation>findByIdOptional(id)
                .orElseThrow(() -> Refusals.unknown("affiliation", "affiliationId", String.valueOf(id)));
    }

    private Organisation requireOrganisation(String id, String field) {
        return Organisation.<Organisation>findByIdOptional(id).orElseThrow(() -> Refusals.unknown("organisation", field, id));
    }
}
