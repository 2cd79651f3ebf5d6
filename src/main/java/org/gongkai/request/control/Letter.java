package org.gongkai.request.control;

import java.util.List;

/**
 * A reply letter laid out: the heading (organ, title, number), the salutation, the paragraphs and
 * the signature with its date. {@link ReplyLetters#text(Letter)} is its one text form, the one the
 * review approves; HTML and PDF are drawn from the same.
 */
public record Letter(String organ, String title, String number, String salutation, List<String> paragraphs,
                     String signature, String date) {

    public Letter {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The letter as delivered to its addressee: the salutation names the applicant ("王小明："), the
     * rest is the approved text unchanged. Decision: the name is added at delivery only, so that the
     * text the reviewers approve carries no personal data.
     */
    public Letter addressedTo(String applicantName) {
        if (applicantName == null || applicantName.isBlank()) {
            return this;
        }
        return new Letter(organ, title, number, applicantName.strip() + "：", paragraphs, signature, date);
    }
}
