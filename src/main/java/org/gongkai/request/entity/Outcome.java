package org.gongkai.request.entity;

/**
 * How a request was answered (Art. 36-39 of the OGI Regulations): the annual report's rows
 * (三、本年度办理结果 (一)–(六)), plus two answers the report counts under other rows.
 */
public enum Outcome {
    /** (一) 予以公开, Art. 36(2) */
    GRANTED("予以公开", false),
    /** (二) 部分公开（区分处理）, Art. 37; the withheld part's reason is optional */
    PARTLY_GRANTED("部分公开", false),
    /** (三) 不予公开, Art. 14-16, 36(3) */
    REFUSED("不予公开", true),
    /** (四) 无法提供 */
    CANNOT_PROVIDE("无法提供", true),
    /** (五) 不予处理 */
    NOT_PROCESSED("不予处理", true),
    /** (六) 其他处理 */
    OTHER("其他处理", true),
    /** 已经主动公开, Art. 36(1): counted as 予以公开 */
    ALREADY_PUBLIC("已主动公开", false),
    /** 不属于本机关负责公开, Art. 36(5): counted as 无法提供 / 本机关不掌握相关政府信息 */
    NOT_THIS_ORGAN("非本机关负责公开", false);

    private final String label;
    private final boolean needsReason;

    Outcome(String label, boolean needsReason) {
        this.label = label;
        this.needsReason = needsReason;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** The annual report's row this outcome is counted in. */
    public Outcome reportedAs() {
        return switch (this) {
            case ALREADY_PUBLIC -> GRANTED;
            case NOT_THIS_ORGAN -> CANNOT_PROVIDE;
            default -> this;
        };
    }

    /** The reason the annual report counts it under, where the outcome itself implies one. */
    public OutcomeReason reportedReason(OutcomeReason given) {
        return this == NOT_THIS_ORGAN ? OutcomeReason.INFORMATION_DOES_NOT_EXIST : given;
    }
}
