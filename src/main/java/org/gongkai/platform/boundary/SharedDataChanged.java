package org.gongkai.platform.boundary;

/**
 * Fired on every node, by {@link SharedData}, when the database says that data the nodes keep in
 * memory has changed (by a change on any node, this one included). {@code name} is the row of
 * {@code shared_version} the change raised, e.g. {@code calendar} or {@code sensitive_terms}.
 */
public record SharedDataChanged(String name) {
}
