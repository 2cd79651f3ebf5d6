package org.gongkai.request.entity;

/** The proof of identity of a natural person (Art. 29). */
public enum IdType {
    ID_CARD,
    PASSPORT,
    OTHER
}
