package org.civicgrievance.resolution.workbench;

import java.util.StringJoiner;

import org.civicgrievance.platform.paging.PageRequest;
import org.civicgrievance.platform.security.web.PageLanguage;
import org.civicgrievance.resolution.queue.QueueFilter;

/**
 * Where the workbench home stands: the queue an inspector chose, the search and filters, and the
 * page of each of its lists, so a link to another page of one list keeps everything else as it is.
 */
record HomeAddress(String department, QueueFilter filter, int queuePage, int heldPage, int approvalsPage,
        int overduePage) {

    static final String HOME = "/staff/";
    /** The page of the cases one holds; {@code page} is the queue's. */
    static final String HELD_PAGE_PARAMETER = "heldPage";
    static final String APPROVALS_PAGE_PARAMETER = "approvalsPage";
    static final String OVERDUE_PAGE_PARAMETER = "overduePage";

    /** The first page of every list, unfiltered. */
    static HomeAddress of(String department) {
        return new HomeAddress(department, QueueFilter.NONE, 1, 1, 1, 1);
    }

    HomeAddress withQueuePage(int page) {
        return new HomeAddress(department, filter, page, heldPage, approvalsPage, overduePage);
    }

    HomeAddress withHeldPage(int page) {
        return new HomeAddress(department, filter, queuePage, page, approvalsPage, overduePage);
    }

    HomeAddress withApprovalsPage(int page) {
        return new HomeAddress(department, filter, queuePage, heldPage, page, overduePage);
    }

    HomeAddress withOverduePage(int page) {
        return new HomeAddress(department, filter, queuePage, heldPage, approvalsPage, page);
    }

    String link(PageLanguage lang) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "department", department);
        add(query, "q", filter.text());
        add(query, "category", filter.category());
        add(query, "district", filter.district());
        add(query, "priority", filter.priority());
        add(query, "card", filter.card() == null ? null : filter.card().name());
        addPage(query, PageRequest.PAGE_PARAMETER, queuePage);
        addPage(query, HELD_PAGE_PARAMETER, heldPage);
        addPage(query, APPROVALS_PAGE_PARAMETER, approvalsPage);
        addPage(query, OVERDUE_PAGE_PARAMETER, overduePage);
        return lang.link(HOME + query);
    }

    private static void addPage(StringJoiner query, String name, int page) {
        add(query, name, page == 1 ? null : Integer.toString(page));
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + WorkbenchPages.encode(value));
        }
    }
}
