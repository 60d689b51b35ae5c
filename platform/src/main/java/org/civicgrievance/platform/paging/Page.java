package org.civicgrievance.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and where it stands in the whole: {@code total} is the number of entries that
 * match, so a reader can show "page 2 of 7" without the server reading the other pages.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.number(), request.size(), total);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }
}
