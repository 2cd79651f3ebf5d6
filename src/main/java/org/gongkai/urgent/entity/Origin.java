package org.gongkai.urgent.entity;

/** How the office came to know of an incident: reported by the unit, or learned elsewhere (漏报). */
public enum Origin {
    REPORTED,
    MISSED
}
