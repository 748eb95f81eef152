package dev.pygov.tally.star;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The result of filling {@code places} from a group of candidates by one number: those clearly
 * inside, and those tied at the boundary competing for {@code placesLeft} places.
 */
record Narrowing(List<Integer> advanced, List<Integer> stillTied, int placesLeft) {

    boolean resolved() {
        return stillTied.isEmpty();
    }

    /** Fills {@code places} with the highest values; ties at the boundary stay tied. */
    static Narrowing highest(List<Integer> candidates, int places, ToLongFunction<Integer> value) {
        if (candidates.size() <= places) {
            return new Narrowing(List.copyOf(candidates), List.of(), 0);
        }
        List<Integer> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingLong(value).reversed());
        long boundary = value.applyAsLong(sorted.get(places - 1));
        List<Integer> advanced = new ArrayList<>();
        List<Integer> atBoundary = new ArrayList<>();
        for (Integer candidate : sorted) {
            long v = value.applyAsLong(candidate);
            if (v > boundary) {
                advanced.add(candidate);
            } else if (v == boundary) {
                atBoundary.add(candidate);
            }
        }
        if (advanced.size() + atBoundary.size() == places) {
            advanced.addAll(atBoundary);
            return new Narrowing(advanced, List.of(), 0);
        }
        return new Narrowing(advanced, atBoundary, places - advanced.size());
    }
}
