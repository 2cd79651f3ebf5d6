package org.gongkai.request.entity;

/** How an application reached the organ; it decides the receipt date (Art. 31 of the OGI Regulations). */
public enum Channel {
    /** the online form: received on the day of submission if a working day, else the next one */
    ONLINE,
    /** handed in: received on the day of submission */
    IN_PERSON,
    /** by post: received on the day signed for (ordinary mail: the day receipt is confirmed) */
    MAIL,
    /** by fax: received on the day both sides confirm */
    FAX
}
