package org.gongkai.review.entity;

/** What the automatic pre-scan of a review found; the names are those of the API (the review task). */
public enum FindingKind {
    /** a classification marking such as 机密★1年, 秘密, 内部资料 注意保存 (涉密不上网、上网不涉密) */
    CLASSIFICATION_MARK,
    /** a term from the sensitive-term list that ADMIN maintains */
    SENSITIVE_TERM,
    /** an 18-character resident identity number with a valid check character */
    ID_NUMBER,
    /** a mainland mobile phone number */
    PHONE,
    /** a bank card number that passes the Luhn check */
    BANK_CARD,
    /** an e-mail address */
    EMAIL;

    /** @return whether findings of this kind are personal information that the scan offers to mask */
    public boolean isPersonalData() {
        return this == ID_NUMBER || this == PHONE || this == BANK_CARD || this == EMAIL;
    }
}
