package org.gongkai.request.entity;

/** The one extension of a request (Art. 33): asked for by the officer, decided by a leader. */
public enum ExtensionState {
    REQUESTED,
    APPROVED,
    REFUSED
}
