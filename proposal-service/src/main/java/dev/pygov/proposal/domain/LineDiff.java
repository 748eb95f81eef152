package dev.pygov.proposal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line diff by longest common subsequence: every line of both texts, kept, removed or added, in order. */
public final class LineDiff {

    public enum Op { KEPT, REMOVED, ADDED }

    public record Line(Op op, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        String[] all = before.split("\n", -1);
        String[] allAfter = after.split("\n", -1);
        // Edits are usually local: only the middle between the common head and tail needs the quadratic table.
        int head = 0;
        while (head < all.length && head < allAfter.length && all[head].equals(allAfter[head])) {
            head++;
        }
        int tail = 0;
        while (tail < all.length - head && tail < allAfter.length - head
                && all[all.length - 1 - tail].equals(allAfter[allAfter.length - 1 - tail])) {
            tail++;
        }
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            lines.add(new Line(Op.KEPT, all[k]));
        }
        middle(Arrays.copyOfRange(all, head, all.length - tail), Arrays.copyOfRange(allAfter, head, allAfter.length - tail), lines);
        for (int k = all.length - tail; k < all.length; k++) {
            lines.add(new Line(Op.KEPT, all[k]));
        }
        return lines;
    }

    private static void middle(String[] a, String[] b, List<Line> lines) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(Op.KEPT, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Op.REMOVED, a[i++]));
            } else {
                lines.add(new Line(Op.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line(Op.REMOVED, a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line(Op.ADDED, b[j++]));
        }
    }
}
