package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.gongkai.review.control.ScanAssertions.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Whole documents as editors submit them, scanned and masked. */
class ContentScannerTest {

    private static final List<String> TERMS = withGeneratedTerms(List.of("邪教组织", "非法集资", "法轮功"));

    private final ContentScanner scanner = new ContentScanner(TERMS);

    static final String NOTICE = """
            湖南省人民政府办公厅关于做好2026年春节期间安全生产工作的通知
            湘政办发〔2025〕12号
            各市州人民政府，省政府各厅委、各直属机构：
            　　为切实做好2026年春节期间安全生产工作，确保人民群众生命财产安全，经省人民政府同意，现就有关事项通知如下。
            　　一、压实安全生产责任。各地各部门要严格落实安全生产责任制，保守国家秘密，统一社会信用代码为\
            11430000006144051X的单位按规定报送值班表。
            　　二、加强值班值守。值班电话：0731-88888888，值班手机：13907318888，电子邮箱：wangjg@hunan.gov.cn。
            　　联系人：王建国，联系电话：139 0731 8888。
                                                    湖南省人民政府办公厅
                                                    2026年2月13日
            """;

    @Test
    void aNoticeWithContactDetails() {
        List<Finding> found = scanner.scan(NOTICE);
        assertEquals(List.of("PHONE:13907318888", "EMAIL:wangjg@hunan.gov.cn", "PHONE:139 0731 8888"), described(found),
                "no finding for the document number, the dates, the office landline, the credit code or 保守国家秘密");
        assertEquals(NOTICE.replace("13907318888", "139****8888").replace("wangjg@", "w***@")
                .replace("139 0731 8888", "139 **** 8888"), scanner.applyMasking(NOTICE, found));
    }

    static final String PUBLIC_LIST = """
            关于2025年度耕地地力保护补贴发放对象的公示
            　　根据《湖南省耕地地力保护补贴实施方案》（湘财农〔2025〕8号），现将拟发放补贴对象公示如下：
            　　1．李秀英，身份证号码430102199003071234，开户行中国农业银行长沙分行，账号6228480012345671，补贴面积3.5亩，金额420.00元；
            　　2．张卫东，身份证号码430102198511200018，账号6222 0212 3456 7890 128，联系电话138-0731-2345，补贴面积2.8亩，金额336.00元；
            　　3．赵红梅，身份证号码430102199003071235，账号6228480012345672，补贴面积1.2亩，金额144.00元。
            　　公示期为2026年2月13日至2026年2月20日。如有异议，请向长沙市芙蓉区农业农村局反映（电话0731-84211234）。
            """;

    @Test
    void aPublicListWithIdentityNumbersAndBankCards() {
        List<Finding> found = scanner.scan(PUBLIC_LIST);
        assertEquals(List.of("ID_NUMBER:430102199003071234", "BANK_CARD:6228480012345671",
                "ID_NUMBER:430102198511200018", "BANK_CARD:6222 0212 3456 7890 128", "PHONE:138-0731-2345"),
                described(found), "the third person's numbers fail their checks and are not reported");
        String masked = scanner.applyMasking(PUBLIC_LIST, found);
        assertEquals(PUBLIC_LIST
                .replace("430102199003071234", "43*************234")
                .replace("6228480012345671", "************5671")
                .replace("430102198511200018", "43*************018")
                .replace("6222 0212 3456 7890 128", "**** **** **** ***0 128")
                .replace("138-0731-2345", "138-****-2345"), masked);
        assertEquals(List.of(), scanner.scan(masked), "nothing left to report once masked");
    }

    static final String CLASSIFIED = """
            000123
            机密★1年
            特急
            中共××县委办公室文件
            关于防范邪教组织和非法集资活动的情况通报（内部资料，注意保存）
            　　近期，我县查处一起法轮功人员散发宣传品案件……
            """;

    @Test
    void aClassifiedDocumentIsFlaggedForItsMarkingsAndTerms() {
        List<Finding> found = scanner.scan(CLASSIFIED);
        assertEquals(List.of("CLASSIFICATION_MARK:机密★1年", "SENSITIVE_TERM:邪教组织", "SENSITIVE_TERM:非法集资",
                "CLASSIFICATION_MARK:（内部资料，注意保存）", "SENSITIVE_TERM:法轮功"), described(found));
        assertEquals(CLASSIFIED, scanner.applyMasking(CLASSIFIED, found), "markings and terms are not masked");
    }

    @Test
    void documentNumbersDatesAndCodesRaiseNothing() {
        String text = "湘政办发〔2025〕12号　国办发〔2026〕1号　2026年2月13日　2026-02-13　20260213　"
                + "统一社会信用代码：91430100MA4L16JQ9B　组织机构代码914301001234　"
                + "索引号：000014349/2026-00012　邮编410011　金额1,234,567.89元　第2026030100001号";
        assertEquals(List.of(), scanner.scan(text));
    }

    @Test
    void emptyTextHasNoFindings() {
        assertEquals(List.of(), scanner.scan(""));
        assertEquals(List.of(), scanner.scan(null));
    }

    @Test
    void maskingASelectionOfFindingsInAnyOrder() {
        List<Finding> found = new ArrayList<>(scanner.scan(NOTICE));
        found.remove(1);
        List<Finding> reversed = new ArrayList<>(found);
        Collections.reverse(reversed);
        assertEquals(NOTICE.replace("13907318888", "139****8888").replace("139 0731 8888", "139 **** 8888"),
                scanner.applyMasking(NOTICE, reversed));
    }

    @Test
    void maskingRefusesFindingsOfAnotherText() {
        List<Finding> found = scanner.scan(NOTICE);
        String edited = "（修订）" + NOTICE;
        assertThrows(IllegalArgumentException.class, () -> scanner.applyMasking(edited, found));
        Finding phone = found.get(0);
        Finding overlapping = new Finding(FindingKind.PHONE, phone.text().substring(1), phone.start() + 1, phone.end(),
                "*");
        assertThrows(IllegalArgumentException.class, () -> scanner.applyMasking(NOTICE, List.of(phone, overlapping)));
    }

    private static List<String> withGeneratedTerms(List<String> named) {
        List<String> terms = SensitiveTermsTest.unlikelyTerms(4000, 7);
        terms.addAll(named);
        return terms;
    }
}
