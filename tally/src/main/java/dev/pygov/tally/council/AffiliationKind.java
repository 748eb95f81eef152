package dev.pygov.tally.council;

import java.util.Locale;

/** How a person is tied to an entity, and whether that counts toward the employer limit. */
public enum AffiliationKind {
    EMPLOYEE("employee", true),
    /** Significantly affiliated without being employed (e.g. founder, board seat elsewhere). */
    AFFILIATED("affiliated", true),
    PSF_EMPLOYEE("psf-employee", true),
    PSF_DIRECTOR("psf-director", true),
    PSF_OFFICER("psf-officer", true),
    /** PSF membership is explicitly exempt from the conflict-of-interest rule. */
    PSF_MEMBER("psf-member", false);

    private final String label;
    private final boolean countsTowardLimit;

    AffiliationKind(String label, boolean countsTowardLimit) {
        this.label = label;
        this.countsTowardLimit = countsTowardLimit;
    }

    public String label() {
        return label;
    }

    public boolean countsTowardLimit() {
        return countsTowardLimit;
    }

    /** Parses labels such as {@code employee} or {@code psf-director}. */
    public static AffiliationKind fromLabel(String label) {
        String normalised = label.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (AffiliationKind kind : values()) {
            if (kind.label.equals(normalised)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown affiliation kind '" + label + "'");
    }
}
