package dev.pygov.election.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request bodies of the election API. */
public final class Requests {

    private Requests() {
    }

    /** The initial election: kind whole-council (later elections come from council motions or a dissolution). */
    public record CreateElection(@NotBlank String kind, @NotBlank @Size(max = 200) String returningOfficerId) {
    }

    public record AppointReturningOfficer(@NotBlank @Size(max = 200) String returningOfficerId) {
    }

    public record Schedule(@NotNull Instant nominationsOpenAt) {
    }

    public record Nominate(@Size(max = 100) String ballotName, @NotBlank @Size(max = 20000) String statement) {
    }

    /** Stars by candidate person id (missing = 0); ballotKey only to replace a ballot already cast. */
    public record Ballot(@NotNull Map<String, Integer> scores, @Size(max = 200) String ballotKey) {
    }

    public record BallotKey(@NotBlank @Size(max = 200) String ballotKey) {
    }

    /** Tied candidates' person ids, first wins. */
    public record TieAgreement(@NotNull List<String> order) {
    }
}
