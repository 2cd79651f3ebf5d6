package org.gongkai.request.entity;

/**
 * The sub-rows of the annual report's outcomes (国办公开办函〔2021〕30号), each with the provision
 * of the OGI Regulations it rests on.
 */
public enum OutcomeReason {
    STATE_SECRET(Outcome.REFUSED, "属于国家秘密", "第十四条"),
    LAW_FORBIDS(Outcome.REFUSED, "其他法律行政法规禁止公开", "第十四条"),
    ENDANGERS_SECURITY(Outcome.REFUSED, "危及“三安全一稳定”", "第十四条"),
    THIRD_PARTY_RIGHTS(Outcome.REFUSED, "保护第三方合法权益", "第十五条"),
    INTERNAL_AFFAIRS(Outcome.REFUSED, "属于三类内部事务信息", "第十六条第一款"),
    PROCESS_INFORMATION(Outcome.REFUSED, "属于四类过程性信息", "第十六条第二款"),
    ENFORCEMENT_FILE(Outcome.REFUSED, "属于行政执法案卷", "第十六条第二款"),
    ADMINISTRATIVE_QUERY(Outcome.REFUSED, "属于行政查询事项", "第三十六条第（七）项"),

    INFORMATION_DOES_NOT_EXIST(Outcome.CANNOT_PROVIDE, "本机关不掌握相关政府信息", "第三十六条第（四）项"),
    NEEDS_CREATION(Outcome.CANNOT_PROVIDE, "没有现成信息需要另行制作", "第三十八条"),
    STILL_UNCLEAR(Outcome.CANNOT_PROVIDE, "补正后申请内容仍不明确", "第三十条"),

    PETITION(Outcome.NOT_PROCESSED, "信访举报投诉类申请", "第三十九条第一款"),
    REPEAT_APPLICATION(Outcome.NOT_PROCESSED, "重复申请", "第三十六条第（六）项"),
    PUBLICATION(Outcome.NOT_PROCESSED, "要求提供公开出版物", "第三十九条第二款"),
    EXCESSIVE_APPLICATIONS(Outcome.NOT_PROCESSED, "无正当理由大量反复申请", "第三十五条"),
    CONFIRM_OR_REISSUE(Outcome.NOT_PROCESSED, "要求行政机关确认或重新出具已获取信息", "第三十八条"),

    SUPPLEMENT_OVERDUE(Outcome.OTHER, "申请人无正当理由逾期不补正", "第三十条"),
    FEE_UNPAID(Outcome.OTHER, "申请人逾期未按收费通知要求缴纳费用", "第四十二条"),
    OTHER(Outcome.OTHER, "其他", null);

    private final Outcome outcome;
    private final String label;
    private final String article;

    OutcomeReason(Outcome outcome, String label, String article) {
        this.outcome = outcome;
        this.label = label;
        this.article = article;
    }

    /** The outcome whose sub-row this is. */
    public Outcome outcome() {
        return outcome;
    }

    /** The exact label of the annual report's sub-row. */
    public String label() {
        return label;
    }

    /** The provision of the OGI Regulations, e.g. 第十四条; null for 其他. */
    public String article() {
        return article;
    }

    /** Whether this reason may go with {@code chosen}: its own outcome, or a withheld part of a partial grant. */
    public boolean fits(Outcome chosen) {
        return outcome == chosen || (chosen == Outcome.PARTLY_GRANTED && outcome == Outcome.REFUSED);
    }
}
