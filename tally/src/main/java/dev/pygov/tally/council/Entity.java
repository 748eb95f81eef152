package dev.pygov.tally.council;

import java.util.Objects;

/**
 * An organisation a councillor may be employed by or affiliated with.
 *
 * @param id     unique name
 * @param parent the owning entity, or null for a top-level entity; a subsidiary counts as its
 *               top-level parent
 */
public record Entity(String id, String parent) {
    public Entity {
        Objects.requireNonNull(id, "id");
    }

    public static Entity topLevel(String id) {
        return new Entity(id, null);
    }
}
