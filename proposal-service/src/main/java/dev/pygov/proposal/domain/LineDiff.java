package dev.pygov.proposal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line diff: every line of both texts, kept, removed or added, in order. Myers' greedy algorithm finds a shortest
 * edit script while it has at most {@link #MAX_EDITS} edits, in time proportional to the texts' length times the
 * edits and memory proportional to the square of the edits; past that bound the changed middle is shown as removed
 * and then added, still a true diff, so no request can make the service compute (or allocate) for ever.
 */
public final class LineDiff {

    public enum Op { KEPT, REMOVED, ADDED }

    public record Line(Op op, String text) {
    }

    /** Edits beyond which the middle is shown as wholly replaced (a few MB of trace at most). */
    static final int MAX_EDITS = 2_000;

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        return between(before, after, MAX_EDITS);
    }

    static List<Line> between(String before, String after, int maxEdits) {
        String[] all = before.split("\n", -1);
        String[] allAfter = after.split("\n", -1);
        int head = 0;
        while (head < all.length && head < allAfter.length && all[head].equals(allAfter[head])) {
            head++;
        }
        int tail = 0;
        while (tail < all.length - head && tail < allAfter.length - head
                && all[all.length - 1 - tail].equals(allAfter[allAfter.length - 1 - tail])) {
            tail++;
        }
        List<Line> lines = new ArrayList<>(Math.max(all.length, allAfter.length));
        for (int k = 0; k < head; k++) {
            lines.add(new Line(Op.KEPT, all[k]));
        }
        middle(Arrays.copyOfRange(all, head, all.length - tail), Arrays.copyOfRange(allAfter, head, allAfter.length - tail),
                maxEdits, lines);
        for (int k = all.length - tail; k < all.length; k++) {
            lines.add(new Line(Op.KEPT, all[k]));
        }
        return lines;
    }

    private static void middle(String[] a, String[] b, int maxEdits, List<Line> lines) {
        List<int[]> trace = shortestEditTrace(codes(a, b, true), codes(a, b, false), maxEdits);
        if (trace == null) {
            for (String line : a) {
                lines.add(new Line(Op.REMOVED, line));
            }
            for (String line : b) {
                lines.add(new Line(Op.ADDED, line));
            }
            return;
        }
        lines.addAll(backtrack(a, b, trace));
    }

    /** Lines as small integers, equal lines equal numbers, so the search compares ints. */
    private static int[] codes(String[] a, String[] b, boolean first) {
        Map<String, Integer> numbers = new HashMap<>();
        for (String line : a) {
            numbers.putIfAbsent(line, numbers.size());
        }
        for (String line : b) {
            numbers.putIfAbsent(line, numbers.size());
        }
        String[] of = first ? a : b;
        int[] codes = new int[of.length];
        for (int i = 0; i < of.length; i++) {
            codes[i] = numbers.get(of[i]);
        }
        return codes;
    }

    /**
     * Myers' forward search. Entry d of the trace holds the furthest x reached on diagonals -d..d after d edits
     * (index k + d), or null when no script of at most maxEdits edits exists.
     */
    private static List<int[]> shortestEditTrace(int[] a, int[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        int limit = Math.min(n + m, maxEdits);
        List<int[]> trace = new ArrayList<>();
        int[] previous = new int[] {0};
        for (int d = 0; d <= limit; d++) {
            int[] v = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (d == 0) {
                    x = 0;
                } else if (k == -d || (k != d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1))) {
                    x = at(previous, d - 1, k + 1);
                } else {
                    x = at(previous, d - 1, k - 1) + 1;
                }
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[k + d] = x;
                if (x >= n && y >= m) {
                    trace.add(v);
                    return trace;
                }
            }
            trace.add(v);
            previous = v;
        }
        return null;
    }

    private static int at(int[] v, int d, int k) {
        return v[k + d];
    }

    private static List<Line> backtrack(String[] a, String[] b, List<int[]> trace) {
        List<Line> reversed = new ArrayList<>(a.length + b.length);
        int x = a.length;
        int y = b.length;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || (k != d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1));
            int previousK = down ? k + 1 : k - 1;
            int previousX = at(previous, d - 1, previousK);
            int previousY = previousX - previousK;
            int startX = down ? previousX : previousX + 1;
            while (x > startX) {
                reversed.add(new Line(Op.KEPT, a[--x]));
                y--;
            }
            if (down) {
                reversed.add(new Line(Op.ADDED, b[--y]));
            } else {
                reversed.add(new Line(Op.REMOVED, a[--x]));
            }
            x = previousX;
            y = previousY;
        }
        while (x > 0) {
            reversed.add(new Line(Op.KEPT, a[--x]));
            y--;
        }
        Collections.reverse(reversed);
        return reversed;
    }
}
