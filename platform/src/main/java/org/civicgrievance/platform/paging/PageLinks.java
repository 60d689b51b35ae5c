package org.civicgrievance.platform.paging;

import java.util.function.IntFunction;

import io.quarkus.qute.TemplateData;

/**
 * Where one page of a list stands, as a page shows it, and the addresses of the pages beside it
 * (null at an end); the {@code tags/pager.html} tag renders it.
 *
 * @param pageOf "page 2 of 7 · 160 cases", in the page's language
 */
@TemplateData
public record PageLinks(String pageOf, String previousLink, String nextLink) {

    /** @param linkToPage the address that shows page n of this list, everything else on the page kept */
    public static PageLinks of(Page<?> page, IntFunction<String> linkToPage, String pageOf) {
        return new PageLinks(pageOf, page.hasPrevious() ? linkToPage.apply(page.page() - 1) : null,
                page.hasNext() ? linkToPage.apply(page.page() + 1) : null);
    }

    public boolean isPaged() {
        return previousLink != null || nextLink != null;
    }
}
