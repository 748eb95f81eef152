package dev.pygov.tally.ballots;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The eight-ballots-per-long arithmetic must agree with a plain per-ballot count. */
class BallotStatisticsPropertiesTest {

    @Property(tries = 200)
    void aggregatesMatchANaiveCount(@ForAll @IntRange(min = 0, max = 3000) int ballots,
                                    @ForAll @IntRange(min = 1, max = 127) int maxScore,
                                    @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int candidates = 3;
        List<String> names = new ArrayList<>(List.of("A", "B", "C"));
        BallotBox.Builder builder = BallotBox.builder(names, maxScore);
        int[][] rows = new int[ballots][candidates];
        for (int[] row : rows) {
            for (int c = 0; c < candidates; c++) {
                // Favour the extremes, where carries and borrows would show.
                int pick = random.nextInt(4);
                row[c] = pick == 0 ? 0 : pick == 1 ? maxScore : random.nextInt(maxScore + 1);
            }
            builder.addBallot(row);
        }
        BallotStatistics statistics = builder.build().statistics();

        for (int a = 0; a < candidates; a++) {
            long total = 0;
            long atMax = 0;
            for (int[] row : rows) {
                total += row[a];
                atMax += row[a] == maxScore ? 1 : 0;
            }
            assertThat(statistics.total(a)).isEqualTo(total);
            assertThat(statistics.maxScoreCount(a)).isEqualTo(atMax);
            for (int b = 0; b < candidates; b++) {
                long prefers = 0;
                for (int[] row : rows) {
                    prefers += row[a] > row[b] ? 1 : 0;
                }
                assertThat(statistics.prefers(a, b)).isEqualTo(prefers);
            }
        }
    }
}
