package org.newsflow.projections.model;

import java.util.List;

/** One page of a list: {@code next} is the offset of the next page, null on the last one. */
public record Page<T>(long total, int offset, int limit, Integer next, List<T> items) {

    public static <T> Page<T> of(long total, int offset, int limit, List<T> items) {
        Integer next = offset + items.size() < total && items.size() == limit ? offset + items.size() : null;
        return new Page<>(total, offset, limit, next, items);
    }
}
