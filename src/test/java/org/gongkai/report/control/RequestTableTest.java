package org.gongkai.report.control;

import org.gongkai.report.entity.Mismatch;
import org.gongkai.report.entity.ReportTable;
import org.gongkai.report.entity.RequestTableLayout;
import org.gongkai.report.entity.TallyGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestTableTest {

    private static long cell(ReportTable table, String row, String column) {
        return table.row(row).cells().get(column).longValue();
    }

    @Test
    void theTableHasTheRowsAndColumnsOfThe2021Format() {
        ReportTable table = RequestTable.build(List.of());
        assertEquals(25, table.rows().size(), "一, 二, (一), (二), 8 + 3 + 5 + 3 sub-rows, (七), 四");
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"), table.columns());
        assertEquals("一、本年新收政府信息公开申请数量", table.rows().get(0).label());
        assertEquals("四、结转下年度继续办理", table.rows().get(24).label());
        assertEquals("（三）不予公开", table.row("STATE_SECRET").group());
        assertEquals("3.危及“三安全一稳定”", table.row("ENDANGERS_SECURITY").label());
        assertEquals("（六）其他处理", table.row("FEE_UNPAID").group());
    }

    @Test
    void cellsCountTheGroupsByRowAndColumnAndTheTotalSumsTheColumns() {
        List<TallyGroup> groups = List.of(
                new TallyGroup("NEW", "CLOSED", "GRANTED", "NATURAL_PERSON", "GRANTED", null, 3),
                new TallyGroup("NEW", "CLOSED", "GRANTED", "NATURAL_PERSON", "ALREADY_PUBLIC", null, 2),
                new TallyGroup("CARRIED", "CLOSED", "STATE_SECRET", "LEGAL_SERVICE_ORG", "REFUSED", "STATE_SECRET", 4),
                new TallyGroup("NEW", "NEXT", null, "RESEARCH_INSTITUTION", null, null, 7));
        ReportTable table = RequestTable.build(groups);
        assertEquals(5, cell(table, "GRANTED", "自然人"));
        assertEquals(4, cell(table, "STATE_SECRET", "法律服务机构"));
        assertEquals(12, cell(table, "NEW", "总计"));
        assertEquals(4, cell(table, "CARRIED", "总计"));
        assertEquals(9, cell(table, "TOTAL", "总计"));
        assertEquals(7, cell(table, "NEXT", "科研机构"));
        assertTrue(RequestTable.reconcile(groups).isEmpty());
    }

    @Test
    void aRequestThatLeavesTheYearNowhereBreaksTheBalanceOfItsColumn() {
        TallyGroup lost = new TallyGroup("NEW", null, null, "COMMERCIAL_ENTERPRISE", "GRANTED", null, 1);
        List<Mismatch> mismatches = RequestTable.reconcile(List.of(
                new TallyGroup("NEW", "CLOSED", "GRANTED", "COMMERCIAL_ENTERPRISE", "GRANTED", null, 2), lost));
        assertEquals(2, mismatches.size(), mismatches::toString);
        Mismatch column = mismatches.get(0);
        assertEquals("一 + 二 = 三（七） + 四", column.rule());
        assertEquals("商业企业", column.column());
        assertEquals(3, column.left());
        assertEquals(2, column.right());
        assertEquals(List.of(lost), column.groups());
        assertEquals("总计", mismatches.get(1).column());
    }

    @Test
    void anOutcomeThatFitsNoRowBreaksTheSumOfTheResults() {
        TallyGroup unfit = new TallyGroup("NEW", "CLOSED", "UNCLASSIFIED", "OTHER", "REFUSED", "PETITION", 1);
        List<Mismatch> mismatches = RequestTable.reconcile(List.of(unfit,
                new TallyGroup("NEW", "CLOSED", "PETITION", "OTHER", "NOT_PROCESSED", "PETITION", 1)));
        assertEquals(List.of("（七） = （一） + … + （六）", "（七） = （一） + … + （六）"), mismatches.stream().map(Mismatch::rule).toList());
        assertEquals(2, mismatches.get(0).left());
        assertEquals(1, mismatches.get(0).right());
        assertEquals(List.of(unfit), mismatches.get(0).groups());
    }

    @Test
    void aLegalPersonWithoutCategoryBreaksTheTotalColumn() {
        TallyGroup unknown = new TallyGroup("NEW", "NEXT", null, "UNKNOWN", null, null, 1);
        List<Mismatch> mismatches = RequestTable.reconcile(List.of(unknown));
        assertEquals(1, mismatches.size(), mismatches::toString);
        assertEquals("总计 = 自然人 + 法人或其他组织", mismatches.get(0).rule());
        assertEquals(List.of(unknown), mismatches.get(0).groups());
    }

    @Test
    void theOutcomeRowsAreTheTwentyOneRowsSummedIntoTheTotal() {
        assertEquals(21, RequestTableLayout.outcomeRows().size());
    }
}
