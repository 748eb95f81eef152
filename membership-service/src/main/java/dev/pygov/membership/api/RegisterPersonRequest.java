package dev.pygov.membership.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person to register; {@code subject} is their subject in the OIDC provider. */
public record RegisterPersonRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 320) String email) {
}
