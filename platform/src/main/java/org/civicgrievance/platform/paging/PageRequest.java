package org.civicgrievance.platform.paging;

import org.civicgrievance.platform.problem.ProblemException;

/**
 * Which page of a list the caller wants: pages are numbered from 1 and hold at most {@link #MAX_SIZE}
 * entries, so no list is ever read or sent whole. Every paged list in the product takes these two
 * query parameters.
 */
public record PageRequest(int number, int size) {

    public static final String PAGE_PARAMETER = "page";
    public static final String SIZE_PARAMETER = "size";
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " entries, not " + size);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /**
     * From query parameters as sent (absent is the first page of the default size); a value that is
     * no page is refused naming its parameter.
     */
    public static PageRequest of(String page, String size) {
        return new PageRequest(parse(PAGE_PARAMETER, page, 1, Integer.MAX_VALUE / MAX_SIZE),
                parse(SIZE_PARAMETER, size, DEFAULT_SIZE, MAX_SIZE));
    }

    /**
     * A page number a staff page's address carries, at the default size; one that is no page is the
     * first: a list on a page is never refused for its address.
     */
    public static PageRequest orFirst(String page) {
        try {
            return of(page, null);
        } catch (ProblemException e) {
            return first();
        }
    }

    /** The same request, but never past the last page of a list of {@code total} entries. */
    public PageRequest within(long total) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        return number <= last ? this : new PageRequest(last, size);
    }

    public int offset() {
        return (number - 1) * size;
    }

    private static int parse(String parameter, String value, int absent, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ProblemException.invalidField(parameter, "must be a whole number from 1 to " + max);
    }
}
