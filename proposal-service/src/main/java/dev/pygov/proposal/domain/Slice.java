package dev.pygov.proposal.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, where they start, and how many there are in all. */
public record Slice<T>(List<T> items, int page, int size, long total) {

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
