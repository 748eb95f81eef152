package dev.pygov.tally.council;

import java.util.Objects;

/** A person's tie to an entity. */
public record Affiliation(String entity, AffiliationKind kind) {
    public Affiliation {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
    }

    public static Affiliation employee(String entity) {
        return new Affiliation(entity, AffiliationKind.EMPLOYEE);
    }
}
