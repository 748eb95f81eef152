package dev.pygov.membership.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/** Request bodies. Kinds and statuses arrive as strings so that a wrong one is refused naming its field. */
public final class Requests {

    private Requests() {
    }

    public record UpdateProfile(@NotBlank @Size(max = 200) String name, @Size(max = 200) String displayName) {
    }

    public record SetMembershipClass(@NotBlank String membershipClass, @NotNull LocalDate since, LocalDate until) {
    }

    /** authority: the Board resolution or PSF election result the grant implements (required). */
    public record GrantRole(@NotBlank String role, @NotNull Instant from, Instant until, String authority) {
    }

    /** Ends a role period early: at (default now) and the authority for it (required). */
    public record EndRole(Instant at, String authority) {
    }

    /**
     * qualification: why an initial member qualifies (required); reason: an admin's correction after initial
     * membership ended (required then, admins only).
     */
    public record Join(@NotBlank @Size(max = 200) String personId, @NotBlank String joinSource,
                       @Size(max = 100) String nominatingOrganisation, @Size(max = 1000) String qualification,
                       @Size(max = 1000) String reason) {
    }

    public record Resume(@NotBlank @Size(max = 10000) String text) {
    }

    public record CreateOrganisation(@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String id,
                                     @NotBlank @Size(max = 200) String name, @NotBlank String kind,
                                     @Size(max = 100) String parentId) {
    }

    /** {@code personId} is for officers recording someone's affiliation; a self-declaration ignores it. */
    public record DeclareAffiliation(@Size(max = 200) String personId, @Size(max = 100) String organisationId, @NotBlank String kind,
                                     @NotNull LocalDate since, LocalDate until) {
    }

    public record EndAffiliation(@NotNull LocalDate until) {
    }

    public record CallForAdmission(@NotBlank @Size(max = 200) String candidatePersonId,
                                   @Size(max = 500) @Pattern(regexp = "https://.*") String channelUrl) {
    }
}
