package org.gongkai.consult.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BigramsTest {

    @Test
    void hanRunsBecomeOverlappingPairsAndWordsStayWhole() {
        assertEquals(List.of("学籍", "籍证", "证明"), Bigrams.terms("学籍证明"));
        assertEquals(List.of("办理", "2026", "年", "pdf"), Bigrams.terms("办理2026年PDF"));
        assertEquals(List.of("证"), Bigrams.terms("证"));
    }

    @Test
    void aQueryRequiresEveryTermAndCarriesNoSyntax() {
        assertEquals("学籍 & 籍证 & 证明", Bigrams.query("学籍证明"));
        assertEquals("a & b", Bigrams.query("a' | !b:*"));
        assertNull(Bigrams.query("！？、"));
    }

    @Test
    void theStoredDocumentHoldsEveryTermOfAMatchingQuery() {
        List<String> document = Bigrams.terms("请问如何办理学籍证明？");
        assertTrue(document.containsAll(Bigrams.terms("学籍证明")));
        assertTrue(!Bigrams.terms("学习和证明").containsAll(Bigrams.terms("学籍证明")));
    }
}
