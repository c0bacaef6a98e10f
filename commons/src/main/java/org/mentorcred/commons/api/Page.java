package org.mentorcred.commons.api;

import java.util.List;
import java.util.function.Function;

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

    public static <T> Page<T> of(List<T> items, PageParams params, long total) {
        return new Page<>(List.copyOf(items), params.page, params.size, total);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
