package org.mentorcred.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;

/**
 * The list and the count of a page are two statements with two snapshots: the page's total must still agree with
 * the items it shows (a system test once read "total 1, no items" when an invoice committed between them).
 */
class PageTest {

    @Test
    void aPageThatIsNotFullTellsItsTotalWithoutACount() {
        Page<String> first = Page.of(List.of("a"), new PageParams(0, 20), () -> fail("no count needed"));
        assertEquals(1, first.total());
        assertEquals(1, first.totalPages());

        Page<String> last = Page.of(List.of("a", "b", "c"), new PageParams(2, 5), () -> fail("no count needed"));
        assertEquals(13, last.total());
        assertEquals(3, last.totalPages());
    }

    @Test
    void anEmptyFirstPageIsZeroEvenIfACountTakenEarlierSawARow() {
        Page<String> page = Page.of(List.of(), new PageParams(0, 20), 1L);
        assertEquals(0, page.total());
        assertEquals(0, page.totalPages());
    }

    @Test
    void aFullPageAsksForTheCountOnceAndNeverAnswersFewerThanItShows() {
        AtomicInteger counts = new AtomicInteger();
        Page<String> more = Page.of(List.of("a", "b"), new PageParams(1, 2), () -> {
            counts.incrementAndGet();
            return 9;
        });
        assertEquals(9, more.total());
        assertEquals(1, counts.get());

        // Rows deleted between the list and the count: the total still covers what the page shows.
        Page<String> shrunk = Page.of(List.of("a", "b"), new PageParams(1, 2), () -> 1);
        assertEquals(4, shrunk.total());
    }

    @Test
    void anEmptyPagePastTheEndCountsWhatThereIs() {
        Page<String> page = Page.of(List.of(), new PageParams(5, 10), () -> 12);
        assertEquals(12, page.total());
        assertEquals(2, page.totalPages());
    }
}
