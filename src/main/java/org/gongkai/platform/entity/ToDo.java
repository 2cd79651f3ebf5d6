package org.gongkai.platform.entity;

/**
 * One line of a staff member's to-do list on the staff home page: what waits for them, how many,
 * and where to act on it.
 *
 * @param messageKey the line's text in the UI bundles (a {@code {0}} in it receives the count)
 * @param href       the staff page that lists the items, relative to the context root ("/staff/…")
 * @param count      how many items wait
 * @param overdue    whether any of them is past its deadline (shown first and marked)
 */
public record ToDo(String messageKey, String href, long count, boolean overdue) {
}
