package org.gongkai.request.api;

/** The applicant's corrected description: {@code {"description": "…"}}. */
public class SupplementForm {
    public String description;
}
