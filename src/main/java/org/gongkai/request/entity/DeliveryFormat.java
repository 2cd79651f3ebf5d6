package org.gongkai.request.entity;

/** The form in which the applicant wants the information (Art. 29(3)): {@code delivery.form}. */
public enum DeliveryFormat {
    ELECTRONIC,
    PAPER
}
