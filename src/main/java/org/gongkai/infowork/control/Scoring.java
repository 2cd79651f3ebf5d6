package org.gongkai.infowork.control;

import org.gongkai.infowork.entity.InfoItem;
import org.gongkai.infowork.entity.Level;
import org.gongkai.infowork.entity.Publication;
import org.gongkai.infowork.entity.Route;
import org.gongkai.infowork.entity.Upward;
import org.gongkai.infowork.entity.UrgentFault;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What each event of the information work is worth under a year's rules: a submitted item earns
 * {@code submission}; an adoption its publication's points for the form, plus {@code negativeBonus}
 * for 报忧 information; an adoption by a higher level the publication's single-item points, times
 * {@code forwardedMultiplier} when the office forwarded it; an instruction the level's points, once
 * per item and level; a missed commission and an urgent-information fault their deductions. Joint
 * items share every point (split by {@link PointSplit}). An event belongs to the year and month of
 * its date in Asia/Shanghai.
 */
public final class Scoring {

    private Scoring() {
    }

    public static Fact submission(InfoItem item, ScoringRules rules) {
        return new Fact("SUB:" + item.id(), "SUBMISSION", item.id(), item.year(), item.month(), rules.submission(),
                item.organs(), "报送信息《" + item.title() + "》");
    }

    public static Fact adoption(InfoItem item, Publication publication, ScoringRules rules) {
        BigDecimal points = rules.adoption(publication.code(), item.adoptedForm());
        String cause = "《" + publication.name() + "》" + item.adoptedForm().label() + "《" + titleOf(item) + "》";
        if (item.negative()) {
            points = points.add(rules.negativeBonus());
            cause += "（报忧信息加分）";
        }
        return new Fact("ADOPT:" + item.id(), "ADOPTION", item.id(), item.adoptedOn().getYear(),
                item.adoptedOn().getMonthValue(), points, item.organs(), cause);
    }

    public static Fact upward(InfoItem item, Upward upward, Publication publication, ScoringRules rules) {
        BigDecimal points = rules.adoption(publication.code(), org.gongkai.infowork.entity.AdoptionForm.SINGLE);
        String cause = publication.level().label() + "《" + publication.name() + "》采用《" + titleOf(item) + "》（"
                + upward.route().label() + "）";
        if (upward.route() == Route.FORWARDED) {
            points = points.multiply(rules.forwardedMultiplier());
        }
        if (item.negative()) {
            points = points.add(rules.negativeBonus());
            cause += "（报忧信息加分）";
        }
        return new Fact("UP:" + item.id() + ":" + publication.code(), "UPWARD_" + publication.level().name(), item.id(),
                upward.adoptedOn().getYear(), upward.adoptedOn().getMonthValue(), points, item.organs(), cause);
    }

    /** The instruction points of one level on one item, dated by the first instruction of that level. */
    public static Fact instruction(InfoItem item, Level level, LocalDate firstGivenOn, String leader, ScoringRules rules) {
        return new Fact("INSTR:" + item.id() + ":" + level.name(), "INSTRUCTION_" + level.name(), item.id(),
                firstGivenOn.getYear(), firstGivenOn.getMonthValue(), rules.instruction(level), item.organs(),
                level.label() + "领导批示（" + leader + "）《" + titleOf(item) + "》");
    }

    public static Fact commissionMissed(long commissionId, String topic, LocalDate deadline, String organ,
                                        ScoringRules rules) {
        return new Fact("COMM:" + commissionId + ":" + organ, "COMMISSION_MISSED", null, deadline.getYear(),
                deadline.getMonthValue(), rules.commissionMissed(), List.of(organ),
                "约稿《" + topic + "》逾期未报（截止" + deadline + "）");
    }

    public static Fact urgent(long incidentId, UrgentFault fault, String organ, int year, int month, String reason,
                              ScoringRules rules) {
        return new Fact("URG:" + incidentId + ":" + fault.name(), "URGENT_" + fault.name(), null, year, month,
                rules.urgent(fault), List.of(organ), "紧急信息" + fault.label() + "（事件" + incidentId + "）：" + reason);
    }

    private static String titleOf(InfoItem item) {
        return item.adoptedTitle() != null ? item.adoptedTitle() : item.title();
    }
}
