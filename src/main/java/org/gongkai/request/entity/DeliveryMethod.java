package org.gongkai.request.entity;

/** How the applicant wants to receive it (Art. 29(3)): {@code delivery.method}. */
public enum DeliveryMethod {
    EMAIL,
    POST,
    PICKUP,
    ONLINE
}
