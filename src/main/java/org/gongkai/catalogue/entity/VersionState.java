package org.gongkai.catalogue.entity;

/** Where one version of a catalogue entry stands. */
public enum VersionState {
    /** being written; not yet sent to review, or changed after sending */
    DRAFT,
    /** sent to the confidentiality review */
    SUBMITTED,
    /** the review asked for changes */
    RETURNED,
    /** the review refused publication; a new version is needed */
    REJECTED,
    /** approved and published (or the published one until superseded) */
    APPROVED,
    /** was published; a later approved version replaced it */
    SUPERSEDED;

    public boolean editableInPlace() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}
