package dev.pygov.tally.cli;

import dev.pygov.tally.FinalStep;
import dev.pygov.tally.Method;
import dev.pygov.tally.Tally;
import dev.pygov.tally.TallyConfig;
import dev.pygov.tally.TallyResult;
import dev.pygov.tally.TieBreakProtocol;
import dev.pygov.tally.ballots.BallotBox;
import dev.pygov.tally.ballots.BallotFiles;
import dev.pygov.tally.ballots.BallotInputException;
import dev.pygov.tally.report.ReportWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Recounts a published election from its ballot file.
 *
 * <pre>
 * java -jar pygov-tally.jar --method star|bloc-star|approval --seats K --tiebreak official|starvote
 *      --final none|order:A,B,C|seed:HEX [--max-score N] [--json] FILE
 * </pre>
 *
 * Exit status: 0 decided, 3 unresolved tie, 2 bad input or arguments.
 */
public final class RecountCli {
    public static final int DECIDED = 0;
    public static final int BAD_INPUT = 2;
    public static final int UNRESOLVED_TIE = 3;

    static final String USAGE = """
            usage: pygov-tally --method star|bloc-star|approval [--seats K] [--tiebreak official|starvote]
                               [--final none|order:A,B,C|seed:HEX] [--max-score N] [--json] FILE
              FILE: CSV (header of candidate names, one ballot per row, empty cell = 0; star.vote exports accepted)
                    or JSON {"candidates":[...],"ballots":[{"name":score,...},...]}
              exit: 0 decided, 3 unresolved tie, 2 bad input""";

    private RecountCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a recount; never calls {@code System.exit}, so tests can run it in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(error(e.getMessage()));
            err.println(USAGE);
            return BAD_INPUT;
        }
        try {
            if (!Files.isRegularFile(arguments.file())) {
                throw new NoSuchFileException(arguments.file().toString());
            }
            BallotBox box = BallotFiles.read(arguments.file(), arguments.maxScore());
            TallyResult result = Tally.run(box, arguments.config());
            out.print(arguments.json() ? ReportWriter.json(result) + "\n" : ReportWriter.plain(result));
            return result.decided() ? DECIDED : UNRESOLVED_TIE;
        } catch (BallotInputException e) {
            err.println(error(arguments.file() + ": " + e.getMessage()));
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println(error("no such file: " + e.getMessage()));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println(error("cannot read " + arguments.file() + ": " + e.getMessage()));
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(error(e.getMessage()));
            return BAD_INPUT;
        }
    }

    /**
     * The one-line error message: arguments, paths and names are echoed, so control characters
     * in them (a line break in an argument, say) are shown escaped.
     */
    static String error(String message) {
        StringBuilder line = new StringBuilder("error: ");
        String text = String.valueOf(message);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line.append("\\n");
            } else if (c == '\r') {
                line.append("\\r");
            } else if (c == '\t') {
                line.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }

    record Arguments(TallyConfig config, int maxScore, boolean json, Path file) {
        static Arguments parse(String[] args) {
            Method method = null;
            int seats = 1;
            TieBreakProtocol protocol = TieBreakProtocol.OFFICIAL;
            FinalStep finalStep = FinalStep.none();
            Integer maxScore = null;
            boolean json = false;
            Path file = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--method" -> method = Method.fromCliName(value(args, ++i, arg));
                    case "--seats" -> seats = integer(value(args, ++i, arg), arg);
                    case "--tiebreak" -> protocol = TieBreakProtocol.fromCliName(value(args, ++i, arg));
                    case "--final" -> finalStep = FinalStep.parse(value(args, ++i, arg));
                    case "--max-score" -> maxScore = integer(value(args, ++i, arg), arg);
                    case "--json" -> json = true;
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (file != null) {
                            throw new IllegalArgumentException("only one ballot file, got " + file + " and " + arg);
                        }
                        file = Path.of(arg);
                    }
                }
            }
            if (method == null) {
                throw new IllegalArgumentException("--method is required");
            }
            if (file == null) {
                throw new IllegalArgumentException("no ballot file given");
            }
            int topScore = maxScore != null ? maxScore : method == Method.APPROVAL ? 1 : BallotBox.DEFAULT_MAX_SCORE;
            return new Arguments(new TallyConfig(method, seats, protocol, finalStep), topScore, json, file);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int integer(String text, String option) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got '" + text + "'");
            }
        }
    }
}
