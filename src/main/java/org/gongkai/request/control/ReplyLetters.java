package org.gongkai.request.control;

import org.gongkai.request.entity.DisclosureRequest;
import org.gongkai.request.entity.Outcome;
import org.gongkai.request.entity.OutcomeReason;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reply letter (政府信息公开申请答复告知书) of each outcome, from a template per outcome and
 * reason: it cites the provision of the OGI Regulations the answer rests on and tells the applicant
 * the remedies (Art. 51: administrative reconsideration within 60 days, Administrative
 * Reconsideration Law Art. 20; litigation within 6 months, Administrative Litigation Law Art. 46).
 * <p>
 * Decision: the letter as reviewed addresses "申请人" and names the request by its tracking code and
 * receipt date, without the applicant's name or contacts, so that the reviewers see no personal
 * data; it is delivered addressed to the applicant by name ({@link #delivered}), its text unchanged.
 */
public final class ReplyLetters {

    static final String REGULATIONS = "《中华人民共和国政府信息公开条例》";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA);
    private static final int QUOTE_LIMIT = 300;

    private ReplyLetters() {
    }

    public static Letter compose(LetterDraft draft) {
        List<String> paragraphs = new ArrayList<>();
        String quoted = draft.description().strip().replaceAll("\\s+", " ");
        if (quoted.length() > QUOTE_LIMIT) {
            quoted = quoted.substring(0, QUOTE_LIMIT) + "……";
        } else {
            // the sentence ends after the closing quote: “…明细”。, not “…明细。”。
            quoted = quoted.replaceAll("[。．.，,；;：:！!？?、\\s]+$", "");
        }
        paragraphs.add("本机关于" + DATE.format(draft.receivedOn()) + "收到您提出的政府信息公开申请（申请编号："
                + draft.trackingCode() + "），您申请获取的政府信息为：“" + quoted + "”"
                + (draft.docNo() == null || draft.docNo().isBlank() ? "" : "（文号：" + draft.docNo().strip() + "）")
                + "。");
        paragraphs.add(decision(draft.outcome(), draft.reason(), draft.referTo()));
        for (String paragraph : draft.text() == null ? new String[0] : draft.text().strip().split("\\R\\s*\\R|\\R")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        paragraphs.add("如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起"
                + "六个月内依法向人民法院提起行政诉讼（" + REGULATIONS + "第五十一条）。");
        paragraphs.add("特此告知。");
        // a letter is never dated before the application's receipt (an online filing of a weekend is
        // received on the next working day, Art. 31, and an officer may draft the reply before it)
        LocalDate dated = draft.dated().isBefore(draft.receivedOn()) ? draft.receivedOn() : draft.dated();
        return new Letter(draft.organName(), "政府信息公开申请答复告知书", "申请编号：" + draft.trackingCode(), "申请人：",
                paragraphs, draft.organName(), DATE.format(dated));
    }

    /**
     * Whether the decision paragraph of this outcome tells the applicant to read on ("见下文", "向您
     * 提供"): then the officer's text, which says how and where the information is provided, must
     * not be empty.
     */
    public static boolean pointsBelow(Outcome outcome, OutcomeReason reason) {
        return outcome == Outcome.GRANTED || outcome == Outcome.PARTLY_GRANTED || outcome == Outcome.ALREADY_PUBLIC
                || (outcome == Outcome.NOT_PROCESSED && reason == OutcomeReason.PUBLICATION);
    }

    /** The paragraph that states the decision and the provision it rests on. */
    static String decision(Outcome outcome, OutcomeReason reason, String referTo) {
        return switch (outcome) {
            case GRANTED -> "经审查，您申请获取的政府信息属于可以公开的政府信息。根据" + REGULATIONS
                    + "第三十六条第（二）项的规定，本机关决定予以公开，现将该政府信息提供给您，提供方式和途径见下文。";
            case PARTLY_GRANTED -> "经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据" + REGULATIONS
                    + "第三十七条的规定，本机关向您提供可以公开的内容"
                    + (reason == null ? "。" : "；其余内容" + refusalGround(reason) + "，根据" + REGULATIONS
                    + reason.article() + "的规定不予公开。");
            case REFUSED -> "经审查，您申请获取的政府信息" + refusalGround(reason) + "。根据" + REGULATIONS
                    + reason.article() + "的规定，本机关决定不予公开。";
            case CANNOT_PROVIDE -> switch (reason) {
                case NEEDS_CREATION -> "经审查，本机关没有您所需要的现成信息，提供该信息需要本机关对现有政府信息进行加工、分析。根据"
                        + REGULATIONS + "第三十八条的规定，本机关不予提供。";
                case STILL_UNCLEAR -> "您补正后的申请内容仍不明确，本机关无法确定您所需要的政府信息。根据" + REGULATIONS
                        + "第三十条的规定，本机关无法提供。";
                default -> "经检索，本机关没有制作或者获取您申请获取的政府信息。根据" + REGULATIONS
                        + "第三十六条第（四）项的规定，现告知您该政府信息不存在。";
            };
            case NOT_PROCESSED -> switch (reason) {
                case PETITION -> "您以政府信息公开申请的形式提出信访、投诉、举报等事项。根据" + REGULATIONS
                        + "第三十九条第一款的规定，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。";
                case REPEAT_APPLICATION -> "本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同政府信息。根据"
                        + REGULATIONS + "第三十六条第（六）项的规定，本机关不予重复处理。";
                case PUBLICATION -> "您申请获取的是政府公报、报刊、书籍等公开出版物。根据" + REGULATIONS
                        + "第三十九条第二款的规定，现告知您获取的途径，见下文。";
                case EXCESSIVE_APPLICATIONS -> "您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，申请理由不合理。根据"
                        + REGULATIONS + "第三十五条的规定，本机关不予处理。";
                default -> "您要求本机关确认或者重新出具您已获取的信息，这不属于提供已制作或者获取的政府信息。根据"
                        + REGULATIONS + "第三十八条的规定，本机关不作为政府信息公开申请处理。";
            };
            case OTHER -> switch (reason) {
                case SUPPLEMENT_OVERDUE -> "您无正当理由逾期未补正申请。根据" + REGULATIONS
                        + "第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。";
                case FEE_UNPAID -> "您逾期未按收费通知要求缴纳信息处理费。根据" + REGULATIONS
                        + "第四十二条及《政府信息公开信息处理费管理办法》的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。";
                default -> "本机关对您的申请作如下处理：";
            };
            case ALREADY_PUBLIC -> "经审查，您申请获取的政府信息本机关已经主动公开。根据" + REGULATIONS
                    + "第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径，见下文。";
            case NOT_THIS_ORGAN -> "经审查，您申请获取的政府信息不属于本机关负责公开。根据" + REGULATIONS
                    + "第三十六条第（五）项的规定，"
                    + (referTo == null || referTo.isBlank() ? "本机关无法确定负责公开该政府信息的行政机关。"
                    : "现告知您负责公开该政府信息的行政机关为" + referTo.strip() + "，您可以向该机关提出申请。");
        };
    }

    private static String refusalGround(OutcomeReason reason) {
        return switch (reason) {
            case STATE_SECRET -> "属于依法确定为国家秘密的政府信息";
            case LAW_FORBIDS -> "属于法律、行政法规禁止公开的政府信息";
            case ENDANGERS_SECURITY -> "公开后可能危及国家安全、公共安全、经济安全、社会稳定";
            case THIRD_PARTY_RIGHTS -> "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，且第三方不同意公开";
            case INTERNAL_AFFAIRS -> "属于行政机关的内部事务信息";
            case PROCESS_INFORMATION -> "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息";
            case ENFORCEMENT_FILE -> "属于行政执法案卷信息";
            case ADMINISTRATIVE_QUERY -> "属于工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的信息，请依照有关法律、行政法规的规定办理";
            default -> "属于不予公开的情形";
        };
    }

    /** The one text form of a letter: one line each for the heading, a blank line, then the body. */
    public static String text(Letter letter) {
        StringBuilder out = new StringBuilder();
        out.append(letter.organ()).append('\n').append(letter.title()).append('\n').append(letter.number())
                .append("\n\n").append(letter.salutation()).append('\n');
        for (String paragraph : letter.paragraphs()) {
            out.append("　　").append(paragraph).append('\n');
        }
        out.append('\n').append(letter.signature()).append('\n').append(letter.date()).append('\n');
        return out.toString();
    }

    /** The stored, approved letter as delivered to the applicant of the request: addressed by name. */
    public static Letter delivered(String storedText, DisclosureRequest request) {
        Letter letter = parse(storedText);
        return request.applicant() == null ? letter : letter.addressedTo(request.applicant().name());
    }

    /** Reads back what {@link #text(Letter)} wrote. */
    public static Letter parse(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() < 8) {
            throw new IllegalArgumentException("not a reply letter");
        }
        String date = lines.get(lines.size() - 1);
        String signature = lines.get(lines.size() - 2);
        List<String> paragraphs = lines.subList(5, lines.size() - 3).stream()
                .map(line -> line.startsWith("　　") ? line.substring(2) : line)
                .toList();
        return new Letter(lines.get(0), lines.get(1), lines.get(2), lines.get(4), paragraphs, signature, date);
    }
}
