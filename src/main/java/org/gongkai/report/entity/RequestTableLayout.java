package org.gongkai.report.entity;

import java.util.List;

/**
 * Table 三 (收到和处理政府信息公开申请情况) exactly as 国办公开办函〔2021〕30号 lays it out: the rows with
 * their labels and the applicant columns. Row keys of the outcome rows are the names the request
 * feature counts by (its outcome and reason names).
 */
public final class RequestTableLayout {

    public static final String GROUP_RESULTS = "三、本年度办理结果";

    /** One row: key, the (sub-)group heading, the exact label; {@code outcome} for sub-rows of (三)–(六). */
    public record Row(String key, String group, String label, String outcome) {
    }

    public static final String NEW = "NEW";
    public static final String CARRIED = "CARRIED";
    public static final String TOTAL = "TOTAL";
    public static final String NEXT = "NEXT";

    private static final String REFUSED = "（三）不予公开";
    private static final String CANNOT = "（四）无法提供";
    private static final String NOT_PROCESSED = "（五）不予处理";
    private static final String OTHER = "（六）其他处理";

    public static final List<Row> ROWS = List.of(
            new Row(NEW, null, "一、本年新收政府信息公开申请数量", null),
            new Row(CARRIED, null, "二、上年结转政府信息公开申请数量", null),
            new Row("GRANTED", GROUP_RESULTS, "（一）予以公开", "GRANTED"),
            new Row("PARTLY_GRANTED", GROUP_RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "PARTLY_GRANTED"),
            new Row("STATE_SECRET", REFUSED, "1.属于国家秘密", "REFUSED"),
            new Row("LAW_FORBIDS", REFUSED, "2.其他法律行政法规禁止公开", "REFUSED"),
            new Row("ENDANGERS_SECURITY", REFUSED, "3.危及“三安全一稳定”", "REFUSED"),
            new Row("THIRD_PARTY_RIGHTS", REFUSED, "4.保护第三方合法权益", "REFUSED"),
            new Row("INTERNAL_AFFAIRS", REFUSED, "5.属于三类内部事务信息", "REFUSED"),
            new Row("PROCESS_INFORMATION", REFUSED, "6.属于四类过程性信息", "REFUSED"),
            new Row("ENFORCEMENT_FILE", REFUSED, "7.属于行政执法案卷", "REFUSED"),
            new Row("ADMINISTRATIVE_QUERY", REFUSED, "8.属于行政查询事项", "REFUSED"),
            new Row("INFORMATION_DOES_NOT_EXIST", CANNOT, "1.本机关不掌握相关政府信息", "CANNOT_PROVIDE"),
            new Row("NEEDS_CREATION", CANNOT, "2.没有现成信息需要另行制作", "CANNOT_PROVIDE"),
            new Row("STILL_UNCLEAR", CANNOT, "3.补正后申请内容仍不明确", "CANNOT_PROVIDE"),
            new Row("PETITION", NOT_PROCESSED, "1.信访举报投诉类申请", "NOT_PROCESSED"),
            new Row("REPEAT_APPLICATION", NOT_PROCESSED, "2.重复申请", "NOT_PROCESSED"),
            new Row("PUBLICATION", NOT_PROCESSED, "3.要求提供公开出版物", "NOT_PROCESSED"),
            new Row("EXCESSIVE_APPLICATIONS", NOT_PROCESSED, "4.无正当理由大量反复申请", "NOT_PROCESSED"),
            new Row("CONFIRM_OR_REISSUE", NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息", "NOT_PROCESSED"),
            new Row("SUPPLEMENT_OVERDUE", OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "OTHER"),
            new Row("FEE_UNPAID", OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "OTHER"),
            new Row("OTHER", OTHER, "3.其他", "OTHER"),
            new Row(TOTAL, GROUP_RESULTS, "（七）总计", null),
            new Row(NEXT, null, "四、结转下年度继续办理", null));

    /** Column key (the request feature's applicant type or category) and its label. */
    public record Column(String key, String label) {
    }

    public static final String LEGAL_PERSONS = "法人或其他组织";
    public static final String TOTAL_COLUMN = "总计";

    public static final List<Column> COLUMNS = List.of(
            new Column("NATURAL_PERSON", "自然人"),
            new Column("COMMERCIAL_ENTERPRISE", "商业企业"),
            new Column("RESEARCH_INSTITUTION", "科研机构"),
            new Column("PUBLIC_WELFARE_ORG", "社会公益组织"),
            new Column("LEGAL_SERVICE_ORG", "法律服务机构"),
            new Column("OTHER", "其他"),
            new Column("TOTAL", TOTAL_COLUMN));

    /** The outcome rows (一)–(六) with their sub-rows: the rows summed into (七). */
    public static List<Row> outcomeRows() {
        return ROWS.stream().filter(r -> r.outcome() != null).toList();
    }

    private RequestTableLayout() {
    }
}
