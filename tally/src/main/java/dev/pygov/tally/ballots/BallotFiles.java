package dev.pygov.tally.ballots;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a ballot file, choosing JSON when its first character (after a UTF-8 byte order mark and
 * whitespace) is <code>{</code>, CSV otherwise.
 */
public final class BallotFiles {
    private static final int BUFFER_SIZE = 1 << 16;

    private BallotFiles() {
    }

    public static BallotBox read(Path file, int maxScore) throws IOException {
        if (Files.size(file) == 0) {
            throw new BallotInputException("empty file " + file);
        }
        // A first pass finds the first character, however much whitespace comes before it (a mark
        // and reset could only look a bounded distance ahead); the reader then starts afresh.
        int first = firstCharacter(file);
        if (first < 0) {
            throw new BallotInputException("empty file " + file + " (only whitespace)");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE)) {
            return first == '{' ? JsonBallotReader.read(in, maxScore) : CsvBallotReader.read(in, maxScore);
        }
    }

    private static int firstCharacter(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE)) {
            int c = in.read();
            if (c == 0xEF) {
                if (in.read() != 0xBB || in.read() != 0xBF) {
                    return 0xEF;
                }
                c = in.read();
            }
            while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                c = in.read();
            }
            return c;
        }
    }
}
