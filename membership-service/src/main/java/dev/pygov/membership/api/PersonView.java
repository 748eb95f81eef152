package dev.pygov.membership.api;

import dev.pygov.membership.domain.Person;

import java.time.Instant;

public record PersonView(String id, String name, String displayName, String email, Instant registeredAt) {

    static PersonView of(Person person) {
        return new PersonView(person.id, person.name, person.displayName, person.email, person.registeredAt);
    }
}
