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
}
