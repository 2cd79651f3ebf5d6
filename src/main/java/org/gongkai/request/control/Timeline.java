package org.gongkai.request.control;

import java.util.Map;

/**
 * What the applicant sees of a request's history: the steps that concern them, each with a note
 * in plain Chinese. Internal steps (drafts, reviews, warnings, the parties consulted) stay inside.
 */
public final class Timeline {

    /** Event types whose recorded detail is written for the applicant and shown as it is. */
    private static final Map<String, String> SHOWN_WITH_DETAIL = Map.of(
            "REQUEST_FILED", "",
            "REQUEST_REGISTERED", "",
            "SUPPLEMENTATION_REQUESTED", "",
            "REQUEST_SUPPLEMENTED", "",
            "EXTENSION_APPROVED", "",
            "FEE_NOTICED", "",
            "FEE_PAID", "",
            "REPLY_RELEASED", "",
            "REQUEST_ABANDONED", "",
            "DUE_DATE_RECOMPUTED", "");

    /** Event types shown with a fixed note, whatever the record says. */
    private static final Map<String, String> SHOWN_WITH_FIXED_NOTE = Map.of(
            "CONSULTATION_SENT", "本机关正在征求第三方意见，征求意见所需时间不计入答复期限（《中华人民共和国政府信息公开条例》第三十二条、第三十三条）。",
            "CONSULTATION_CLOSED", "第三方意见征求已结束。");

    private Timeline() {
    }

    /** The note the applicant reads for an event, or null when the event is not shown to them. */
    public static String noteFor(String eventType, String detail) {
        if (SHOWN_WITH_FIXED_NOTE.containsKey(eventType)) {
            return SHOWN_WITH_FIXED_NOTE.get(eventType);
        }
        if (SHOWN_WITH_DETAIL.containsKey(eventType)) {
            return detail == null ? "" : detail;
        }
        return null;
    }
}
