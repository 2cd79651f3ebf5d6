package org.gongkai.request.entity;

/** The two methods of 国办函〔2020〕109号; one per application. */
public enum FeeMethod {
    PER_APPLICATION,
    PER_PAGE
}
