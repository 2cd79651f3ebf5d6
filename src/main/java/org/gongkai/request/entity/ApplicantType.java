package org.gongkai.request.entity;

/** 自然人 or 法人或其他组织: the annual report's two groups of columns. */
public enum ApplicantType {
    NATURAL_PERSON,
    LEGAL_PERSON
}
