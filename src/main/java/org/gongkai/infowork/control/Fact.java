package org.gongkai.infowork.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something that earns or costs points, as the rules in force value it: one submission, one
 * adoption, one instruction level of an item, one missed commission, one urgent-information fault.
 * The key names it for good, so the ledger can tell what it has already booked for it.
 *
 * @param organs the units that share the points, the lead unit first
 */
public record Fact(String key, String kind, Long itemId, int year, int month, BigDecimal points, List<String> organs,
                   String cause) {
}
