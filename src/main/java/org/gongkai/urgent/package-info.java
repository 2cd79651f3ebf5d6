/**
 * Urgent information (紧急信息): a unit's information officer reports a major incident to the
 * government office within the window of its grade (2 hours from the moment the unit learned of it,
 * by phone first, then in writing; 续报 while it develops, 终报 at the end). The office's duty desk
 * logs the phone report and watches the board; reminders go out 30 minutes before the deadline and
 * at it; a late written report is recorded as 迟报 by itself, and the office records 漏报, 瞒报 and
 * 误报. Every fault fires {@link org.gongkai.urgent.entity.UrgentFaultRecorded} for the information
 * work's ledger and awards, and is notified one by one (一事一通报) as a PDF notice.
 */
package org.gongkai.urgent;
