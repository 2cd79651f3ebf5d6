package org.gongkai.infowork.control;

import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.platform.control.OfficialDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The text of an issue as compiled: what the review reads and the hash covers. */
public final class IssueText {

    private IssueText() {
    }

    public static String compose(String publication, int year, int number, String office, LocalDate issuedOn,
                                 List<InfoItem> items, Map<String, String> organNames) {
        StringBuilder text = new StringBuilder();
        text.append(publication).append('\n').append(year).append("年第").append(number).append("期\n")
                .append(office).append("　　").append(OfficialDates.chinese(issuedOn)).append("\n\n");
        for (InfoItem item : items) {
            text.append(item.adoptedTitle()).append('\n').append(item.adoptedBody()).append('\n')
                    .append("（").append(units(item, organNames)).append("）\n\n");
        }
        return text.toString();
    }

    /** The units of an item, the lead unit first: 「教育局、人社局」. */
    public static String units(InfoItem item, Map<String, String> organNames) {
        return String.join("、", item.organs().stream().map(code -> organNames.getOrDefault(code, code)).toList());
    }
}
