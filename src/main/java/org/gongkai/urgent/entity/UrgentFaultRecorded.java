package org.gongkai.urgent.entity;

/**
 * Fired synchronously, in the transaction that records a fault of urgent reporting, so that the
 * information work appends the deduction to the unit's ledger and blocks its awards for the year.
 *
 * @param organCode  the unit at fault
 * @param year       the year (Beijing time) in which the unit learned of the incident
 * @param faultKind  {@code LATE}, {@code MISSED}, {@code CONCEALED} or {@code FALSE} ({@link FaultKind})
 * @param incidentId the incident
 * @param faultId    the fault's own id (one per incident and kind)
 * @param reason     why: the minutes late, the source the office learned it from, or the office's reason
 */
public record UrgentFaultRecorded(String organCode, int year, String faultKind, long incidentId, long faultId,
                                  String reason) {
}
