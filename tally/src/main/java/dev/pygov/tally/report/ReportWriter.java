package dev.pygov.tally.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pygov.tally.Method;
import dev.pygov.tally.Runoff;
import dev.pygov.tally.SeatRound;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.TieBreakStep;
import dev.pygov.tally.UnresolvedTie;
import dev.pygov.tally.council.CouncilOutcome;
import dev.pygov.tally.council.Disqualification;
import dev.pygov.tally.council.SeatedCouncillor;
import dev.pygov.tally.decision.DecisionResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders results: structured JSON (every round, tie-break step and number) and a plain-language
 * report in the style of Python's published election results.
 */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** JSON of any result record of this module ({@link TallyResult}, {@link CouncilOutcome}, {@link DecisionResult}). */
    public static String json(Object result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result records always serialise", e);
        }
    }

    /** JSON of a count together with the council seated from it. */
    public static String json(TallyResult result, CouncilOutcome council) {
        return json(Map.of("tally", result, "council", council));
    }

    public static String plain(TallyResult result) {
        StringBuilder out = new StringBuilder();
        out.append(methodName(result)).append('\n');
        if (result.method() != Method.APPROVAL) {
            out.append("Tie-break protocol: ").append(result.protocol().cliName());
        } else {
            out.append("Ties");
        }
        out.append(", final step: ").append(result.finalStep()).append('\n');
        out.append("Ballots cast: ").append(number(result.ballotCount())).append("\n\n");

        out.append(result.seats() == 1 ? "Winner:\n" : "Winners in seat order:\n");
        for (int i = 0; i < result.winners().size(); i++) {
            out.append(String.format(Locale.ROOT, "  %d. %s%n", i + 1, result.winners().get(i)));
        }
        if (!result.decided()) {
            out.append(String.format(Locale.ROOT, "  %d. (undecided)%n", result.winners().size() + 1));
        }
        out.append('\n');
        totalsTable(out, result);

        if (result.method() != Method.APPROVAL) {
            for (SeatRound round : result.rounds()) {
                if (round.fillsSeat() || round.unresolvedTie() != null) {
                    seatRound(out, round);
                }
            }
            out.append('\n').append("Full ranking: ")
                    .append(result.ranking().isEmpty() ? "(none)" : String.join(", ", result.ranking()));
            out.append(result.rankingComplete() ? "\n" : " (stopped at a tie)\n");
        } else {
            result.rounds().forEach(round -> round.scoringTieBreaks().forEach(step -> tieBreak(out, step)));
        }
        if (result.unresolvedTie() != null) {
            out.append('\n').append(unresolved(result.unresolvedTie()));
        } else if (result.rankingTie() != null) {
            out.append('\n').append("Note: ranking past the seats stopped at a tie: ")
                    .append(describe(result.rankingTie())).append('\n');
        }
        return out.toString();
    }

    /** The council seated from a count: seats, cohorts, disqualifications, unfilled seats. */
    public static String plain(CouncilOutcome council) {
        StringBuilder out = new StringBuilder("Council seats:\n");
        for (SeatedCouncillor seated : council.seated()) {
            out.append(String.format(Locale.ROOT, "  %d. %s (Cohort %s)%n", seated.seat(), seated.candidate(), seated.cohort()));
        }
        for (Disqualification d : council.disqualified()) {
            out.append(String.format(Locale.ROOT,
                    "  Disqualified: %s (ranked %d): %s already has %d councillor(s), the limit is %d.%n",
                    d.candidate(), d.rankPosition(), d.entity(), d.councillorsAlready(), d.limit()));
        }
        if (council.unfilledSeats() > 0) {
            out.append(String.format(Locale.ROOT, "  Unfilled seats: %d (too few eligible candidates)%n", council.unfilledSeats()));
        }
        if (council.pendingTie() != null) {
            out.append("  ").append(unresolved(council.pendingTie()));
        }
        return out.toString();
    }

    public static String plain(DecisionResult decision) {
        return (decision.passed() ? "PASSED: " : "FAILED: ") + decision.reason() + '\n';
    }

    private static String methodName(TallyResult result) {
        return switch (result.method()) {
            case STAR -> "STAR Voting (one seat)";
            case BLOC_STAR -> "Bloc STAR (" + result.seats() + " seats)";
            case APPROVAL -> "Approval voting (" + result.seats() + (result.seats() == 1 ? " seat)" : " seats)");
        };
    }

    private static void totalsTable(StringBuilder out, TallyResult result) {
        String heading = result.method() == Method.APPROVAL ? "Approvals" : "Total stars";
        int width = Math.max("Candidate".length(),
                result.candidates().stream().mapToInt(String::length).max().orElse(0));
        out.append(String.format(Locale.ROOT, "%-" + width + "s  %12s%n", "Candidate", heading));
        result.totals().entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> out.append(String.format(Locale.ROOT, "%-" + width + "s  %12s%n", e.getKey(), number(e.getValue()))));
    }

    private static void seatRound(StringBuilder out, SeatRound round) {
        out.append('\n').append(round.fillsSeat() ? "Seat " + round.seat() : "Ranking position " + round.seat()).append('\n');
        List<String> finalists = round.finalists();
        round.scoringTieBreaks().forEach(step -> tieBreak(out, step));
        if (round.runoff() == null && round.winner() != null) {
            out.append("  ").append(round.winner()).append(" is the only candidate left.\n");
            return;
        }
        if (finalists.size() == 2) {
            out.append(String.format(Locale.ROOT, "  Scoring Round: %s and %s advance with %s and %s stars.%n",
                    finalists.get(0), finalists.get(1), number(round.totals().get(finalists.get(0))),
                    number(round.totals().get(finalists.get(1)))));
        }
        Runoff runoff = round.runoff();
        if (runoff == null) {
            return;
        }
        boolean firstWins = runoff.firstPreferred() > runoff.secondPreferred();
        if (runoff.firstPreferred() != runoff.secondPreferred()) {
            String winner = firstWins ? runoff.first() : runoff.second();
            String loser = firstWins ? runoff.second() : runoff.first();
            out.append(String.format(Locale.ROOT,
                    "  Automatic Runoff: %s is preferred over %s, %s to %s, with %s showing equal support.%n",
                    winner, loser, number(Math.max(runoff.firstPreferred(), runoff.secondPreferred())),
                    number(Math.min(runoff.firstPreferred(), runoff.secondPreferred())), voters(runoff.equalSupport())));
            return;
        }
        out.append(String.format(Locale.ROOT,
                "  Automatic Runoff: %s and %s are tied, %s to %s, with %s showing equal support.%n",
                runoff.first(), runoff.second(), number(runoff.firstPreferred()), number(runoff.secondPreferred()),
                voters(runoff.equalSupport())));
        runoff.tieBreaks().forEach(step -> tieBreak(out, step));
        if (runoff.winner() != null) {
            out.append("  ").append(runoff.winner()).append(" wins the runoff.\n");
        }
    }

    private static void tieBreak(StringBuilder out, TieBreakStep step) {
        out.append(String.format(Locale.ROOT, "  Tie-break (%s, %s) among %s for %d place%s",
                step.stage(), step.rule(), String.join(", ", step.tied()), step.places(), step.places() == 1 ? "" : "s"));
        if (!step.values().isEmpty()) {
            out.append(": ").append(step.values().entrySet().stream()
                    .map(e -> e.getKey() + " " + number(e.getValue())).collect(Collectors.joining(", ")));
        }
        out.append(". ");
        if (!step.advanced().isEmpty()) {
            String verb = step.stage().equals("scoring round") ? "advance" : "win";
            out.append(String.join(" and ", step.advanced())).append(step.advanced().size() == 1 ? " " + verb + "s" : " " + verb);
        }
        if (!step.stillTied().isEmpty()) {
            out.append(step.advanced().isEmpty() ? "" : "; ").append("still tied: ").append(String.join(", ", step.stillTied()));
        }
        out.append(".\n");
    }

    private static String unresolved(UnresolvedTie tie) {
        return "UNRESOLVED TIE: " + describe(tie)
                + " The count stops here; decide the tie as the rules require and recount with a final step.\n";
    }

    private static String describe(UnresolvedTie tie) {
        return String.format(Locale.ROOT, "seat %d, %s: %s compete for %d place%s.", tie.seat(), tie.stage(),
                String.join(", ", tie.candidates()), tie.places(), tie.places() == 1 ? "" : "s");
    }

    /** "1 voter", "2 voters". */
    static String voters(long count) {
        return number(count) + (count == 1 ? " voter" : " voters");
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
