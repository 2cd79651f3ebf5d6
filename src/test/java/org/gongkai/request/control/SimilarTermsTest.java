package org.gongkai.request.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimilarTermsTest {

    @Test
    void twoCharacterWordsWithoutTheWordsEveryRequestHas() {
        List<String> terms = SimilarTerms.of("请公开示范市2025年城市道路维修计划", 8);

        assertEquals(List.of("示范", "范市", "城市", "市道", "道路", "路维", "维修", "修计"), terms);
        assertFalse(terms.contains("公开"));
        assertTrue(SimilarTerms.of("请公开相关信息", 8).isEmpty(), "nothing specific to look for");
    }

    @Test
    void theApplicantSeesOnlyTheStepsThatConcernThem() {
        assertEquals("申请已收到", Timeline.noteFor("REQUEST_FILED", "申请已收到"));
        assertTrue(Timeline.noteFor("CONSULTATION_SENT", "consultation 7 sent to 某公司").contains("第三方"));
        assertFalse(Timeline.noteFor("CONSULTATION_SENT", "consultation 7 sent to 某公司").contains("某公司"),
                "who was consulted stays inside");
        assertNull(Timeline.noteFor("REPLY_DRAFTED", "letter 1"));
        assertNull(Timeline.noteFor("DUE_DATE_WARNING", "5 working days left"));
        assertNull(Timeline.noteFor("EXTENSION_REQUESTED", "10 working days"));
    }
}
