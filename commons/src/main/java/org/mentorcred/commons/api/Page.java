package org.mentorcred.commons.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many there are in all. */
@Schema(description = "A page of results")
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Requested page size", examples = "20") int size,
        @Schema(description = "Number of items on all pages", examples = "57") long total,
        @Schema(description = "Number of pages", examples = "3") long totalPages) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, size == 0 ? 0 : (total + size - 1) / size);
    }

    /**
     * A page whose total agrees with its items. The list and the count are two statements, each with its own
     * snapshot under READ COMMITTED, so a row committed or deleted between them could otherwise give "total 1,
     * no items". A page that is not full tells the exact total by itself; a count is only asked for when the page
     * is full (or empty past the first page), and never answers fewer rows than the page has shown.
     */
    public static <T> Page<T> of(List<T> items, PageParams params, LongSupplier count) {
        long seen = params.offset() + (long) items.size();
        long total;
        if (items.isEmpty()) {
            total = params.page == 0 ? 0 : count.getAsLong();
        } else if (items.size() < params.size) {
            total = seen;
        } else {
            total = Math.max(count.getAsLong(), seen);
        }
        return new Page<>(List.copyOf(items), params.page, params.size, total);
    }

    /** As {@link #of(List, PageParams, LongSupplier)}, with a count already taken. */
    public static <T> Page<T> of(List<T> items, PageParams params, long total) {
        return of(items, params, () -> total);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
