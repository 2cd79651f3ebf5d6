package org.gongkai.report.entity;

/** One of the six sections: its number (一 to 六), its title, the officers' text, and its table if any. */
public record ReportSection(String number, String title, String text, ReportTable table) {
}
