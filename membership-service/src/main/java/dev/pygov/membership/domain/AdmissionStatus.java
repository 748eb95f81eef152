package dev.pygov.membership.domain;

/** A call waits for a second, then its vote runs; it lapses unseconded, or ends admitted or rejected. */
public enum AdmissionStatus {
    AWAITING_SECOND, VOTING, LAPSED, ADMITTED, REJECTED
}
