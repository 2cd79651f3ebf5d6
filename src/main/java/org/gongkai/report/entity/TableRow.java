package org.gongkai.report.entity;

import java.util.Map;

/**
 * One row of a report table: its key, the group heading it stands under (e.g. （三）不予公开, or
 * null), its exact Chinese label in the 2021 format, and its cells by column label in order.
 */
public record TableRow(String key, String group, String label, Map<String, Number> cells) {
}
