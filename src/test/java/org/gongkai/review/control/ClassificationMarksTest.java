package org.gongkai.review.control;

import org.gongkai.review.entity.Finding;
import org.gongkai.review.entity.FindingKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.gongkai.review.control.ScanAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClassificationMarksTest {

    private final ContentScanner scanner = new ContentScanner(List.of());

    private List<String> marks(String text) {
        return texts(scanner.scan(text), FindingKind.CLASSIFICATION_MARK);
    }

    @Test
    void aMarkWithAStarIsReportedWithItsPeriodWhereverItStands() {
        assertEquals(List.of("机密★1年"), marks("机密★1年\n湖南省人民政府办公厅文件"));
        assertEquals(List.of("秘密★5年"), marks("标注为秘密★5年的文件"));
        assertEquals(List.of("绝密★长期"), marks("绝密★长期"));
        assertEquals(List.of("机密 ★ 十年"), marks("机密 ★ 十年"));
        assertEquals(List.of("秘密★6个月"), marks("秘密★6个月"));
        assertEquals(List.of("机密★2030年12月31日"), marks("机密★2030年12月31日前不得公开"));
        assertEquals(List.of("秘密☆"), marks("秘密☆本文件公布前"));
        assertEquals(List.of("工作秘密★"), marks("附件：工作秘密★"));
    }

    @Test
    void marksStandingApartOnAHeaderLineAreReported() {
        String header = "000123\n机密\n特急\n\n湘政发〔2025〕3号\n";
        List<Finding> found = scanner.scan(header);
        assertEquals(List.of("机密"), texts(found, FindingKind.CLASSIFICATION_MARK));
        assertEquals(7, found.get(0).start());
        assertNull(found.get(0).suggestion(), "a marking is for a person to remove");
        assertEquals(List.of("内部", "工作秘密"), marks("  内部  \n　工作秘密　\n"));
        assertEquals(List.of("秘密"), marks("秘密"));
    }

    @Test
    void labelledAndBracketedMarks() {
        assertEquals(List.of("秘密"), marks("密级：秘密"));
        assertEquals(List.of("机密级"), marks("密级 机密级 保密期限：10年"));
        assertEquals(List.of("【机密】", "〔内部〕", "（工作秘密）", "【秘密★1年】"),
                marks("【机密】关于……〔内部〕通报（工作秘密）另见【秘密★1年】"));
    }

    @Test
    void internalMaterialWithItsRider() {
        assertEquals(List.of("内部资料 注意保存"), marks("内部资料 注意保存\n2025年第3期"));
        assertEquals(List.of("（内部资料，注意保存）"), marks("简报（内部资料，注意保存）"));
        assertEquals(List.of("内部资料·妥善保管"), marks("各单位内部资料·妥善保管"));
    }

    /**
     * The decision documented on {@link ClassificationMarks}: the words in running prose are not
     * markings, so 保守秘密 and its like are not reported.
     */
    @Test
    void markWordsInOrdinaryProseAreNotReported() {
        String prose = "各级机关要严格遵守保密纪律，保守国家秘密和工作秘密，不得在互联网上处理涉密信息。"
                + "企业的商业秘密、个人隐私依法予以保护；机密文件的管理按照有关规定执行。"
                + "加强内部管理，完善内部控制制度，严禁将内部资料上传至公开网站。"
                + "国家秘密的密级分为绝密、机密、秘密三级。秘密级事项由各单位保密办审核。";
        assertEquals(List.of(), marks(prose));
    }
}
