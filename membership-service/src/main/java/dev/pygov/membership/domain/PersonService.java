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
        person.displayName = displayName == null || displayName.isBlank() ? name : displayName;
        person.email = email;
        person.registeredAt = Instant.now(clock);
        person.persist();
        outbox.publish(new PersonRegistered(person.id, person.displayName, person.name, person.email));
        return person;
    }

    public Optional<Person> find(String subject) {
        return Person.findByIdOptional(subject);
    }
}
