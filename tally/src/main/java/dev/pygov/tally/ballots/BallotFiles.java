package dev.pygov.tally.ballots;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a ballot file, choosing CSV or JSON from its first non-blank character. */
public final class BallotFiles {
    private BallotFiles() {
    }

    public static BallotBox read(Path file, int maxScore) throws IOException {
        if (Files.size(file) == 0) {
            throw new BallotInputException("empty file " + file);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(4096);
            int first;
            do {
                first = in.read();
            } while (first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == 0xEF || first == 0xBB || first == 0xBF);
            in.reset();
            if (first < 0) {
                throw new BallotInputException("empty file " + file);
            }
            return first == '{' ? JsonBallotReader.read(in, maxScore) : CsvBallotReader.read(in, maxScore);
        }
    }
}
