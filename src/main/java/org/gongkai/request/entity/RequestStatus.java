package org.gongkai.request.entity;

/** Where a request stands. Whether it is overdue is computed from the clock, never a status. */
public enum RequestStatus {
    /** 办理中: the reply clock runs */
    PROCESSING,
    /** 待补正: the correction notice is out; the period restarts on the corrected application (Art. 30) */
    AWAITING_SUPPLEMENT,
    /** 征求第三方意见: the clock waits for the third party (Art. 32–33) */
    CONSULTING,
    /** 待缴费: the clock waits for the fee (国办函〔2020〕109号) */
    AWAITING_FEE,
    /** 答复审查中: the reply letter is in the confidentiality review */
    REPLY_IN_REVIEW,
    /** 已办结: answered or deemed abandoned */
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
