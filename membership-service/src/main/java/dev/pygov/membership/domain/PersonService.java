package dev.pygov.membership.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.membership.PersonRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Registers people and answers who they are. */
@ApplicationScoped
public class PersonService {

    private final Outbox outbox;
    private final Clock clock;

    public PersonService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Person register(String subject, String name, String displayName, String email) {
        if (Person.findByIdOptional(subject).isPresent()) {
            throw ProblemException.conflict("person-exists", "a person with subject " + subject + " is already registered", "subject");
        }
        if (Person.emailTaken(email)) {
            throw ProblemException.conflict("email-taken", "the e-mail address is already registered to someone else", "email");
        }
        Person person = new Person();
        person.id = subject;
        person.name = name;
        person.displayName = displayNameOr(displayName, name);
        person.email = email;
        person.registeredAt = Instant.now(clock);
        person.persist();
        outbox.publish(new PersonRegistered(person.id, person.displayName, person.name, person.email));
        return person;
    }

    /** A person changes their own name and public display name; the e-mail address is changed by an officer only. */
    @Transactional
    public Person updateProfile(String subject, String name, String displayName) {
        Person person = require(subject, "subject");
        person.name = name;
        person.displayName = displayNameOr(displayName, name);
        return person;
    }

    public Optional<Person> find(String subject) {
        return Person.findByIdOptional(subject);
    }

    /** The person, or a 404 problem naming the input {@code field} that referred to them. */
    public Person require(String subject, String field) {
        return find(subject).orElseThrow(() -> Refusals.unknown("person", field, subject));
    }

    private static String displayNameOr(String displayName, String name) {
        return displayName == null || displayName.isBlank() ? name : displayName;
    }
}
