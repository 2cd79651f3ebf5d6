package org.gongkai.column.control;

import org.gongkai.column.entity.ColumnType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static SiteHealth.ColumnHealth column(String code, ColumnType type, int cycle, LocalDate last, String email) {
        return SiteHealth.of(new SiteHealth.ColumnFacts(code, "栏目" + code, type, cycle, last, "editor", null, email), TODAY, 4);
    }

    @Test
    void aColumnIsEmptyOkDueSoonOrOverdueByItsCycle() {
        assertEquals(SiteHealth.State.EMPTY, column("a", ColumnType.NEWS, 14, null, null).state());
        assertNull(column("a", ColumnType.NEWS, 14, null, null).idleDays());
        assertEquals(SiteHealth.State.OK, column("a", ColumnType.NEWS, 14, TODAY.minusDays(9), null).state());
        assertEquals(SiteHealth.State.DUE_SOON, column("a", ColumnType.NEWS, 14, TODAY.minusDays(10), null).state());
        assertEquals(SiteHealth.State.DUE_SOON, column("a", ColumnType.NEWS, 14, TODAY.minusDays(14), null).state());
        assertEquals(SiteHealth.State.OVERDUE, column("a", ColumnType.NEWS, 14, TODAY.minusDays(15), null).state());
        // a yearly column is warned a quarter of its cycle ahead
        assertEquals(SiteHealth.State.OK, column("p", ColumnType.PLAN, 365, TODAY.minusDays(273), null).state());
        assertEquals(SiteHealth.State.DUE_SOON, column("p", ColumnType.PLAN, 365, TODAY.minusDays(274), null).state());
    }

    @Test
    void theVetoLinesCountAgainstTheirLimits() {
        List<SiteHealth.ColumnHealth> columns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            columns.add(column("n" + i, ColumnType.NEWS, 14, TODAY.minusDays(15), null));
        }
        columns.add(column("p", ColumnType.POLICY, 365, TODAY.minusDays(181), null));
        columns.add(column("e1", ColumnType.OTHER, 30, null, null));
        columns.add(column("e2", ColumnType.OTHER, 30, null, null));
        List<SiteHealth.Check> checks = SiteHealth.checks(columns, 14, 0, 1, SiteHealth.Settings.DEFAULTS);
        SiteHealth.Check home = find(checks, "HOME_PAGE_IDLE");
        assertFalse(home.failing(), "14 days is not yet over 2 weeks");
        assertTrue(home.warning());
        assertTrue(find(checks, "NEWS_STALE").failing());
        assertTrue(find(checks, "POLICY_STALE").failing());
        assertEquals(5, find(checks, "COLUMNS_STALE").count(), "the policy column is within its yearly cycle");
        assertFalse(find(checks, "COLUMNS_STALE").failing());
        assertEquals(2, find(checks, "EMPTY_COLUMNS").count());
        assertTrue(find(checks, "EMPTY_COLUMNS").warning());
        assertFalse(find(checks, "EMPTY_COLUMNS").failing());
        assertFalse(find(checks, "MESSAGES_UNANSWERED").failing());
        assertTrue(find(checks, "MESSAGES_UNANSWERED").warning());
        assertTrue(SiteHealth.checks(columns, 15, 1, 1, SiteHealth.Settings.DEFAULTS).get(0).failing());
    }

    @Test
    void warningsHaveOneKeyPerOccasionAndGoToTheColumnsAddress() {
        SiteHealth.ColumnHealth soon = column("a", ColumnType.NEWS, 14, TODAY.minusDays(11), "a@example.cn");
        SiteHealth.ColumnHealth ok = column("b", ColumnType.NEWS, 14, TODAY.minusDays(1), "b@example.cn");
        SiteHealth.ColumnHealth late = column("c", ColumnType.NEWS, 14, TODAY.minusDays(20), null);
        List<SiteHealth.ColumnHealth> columns = List.of(soon, ok, late);
        List<SiteHealth.Warning> warnings = SiteHealth.warnings(columns,
                SiteHealth.checks(columns, 3, 0, 0, SiteHealth.Settings.DEFAULTS), TODAY.minusDays(3), TODAY, "site@example.cn");
        assertEquals(List.of("column:a:DUE_SOON:2026-02-18", "column:c:OVERDUE:2026-02-09"),
                warnings.stream().map(SiteHealth.Warning::key).toList());
        assertEquals("a@example.cn", warnings.get(0).to());
        assertEquals("site@example.cn", warnings.get(1).to(), "no address with the column: the site's");
        List<SiteHealth.Warning> noAddress = SiteHealth.warnings(List.of(late), List.of(), TODAY, TODAY, null);
        assertTrue(noAddress.isEmpty());
    }

    private static SiteHealth.Check find(List<SiteHealth.Check> checks, String name) {
        return checks.stream().filter(c -> c.check().equals(name)).findFirst().orElseThrow();
    }
}
