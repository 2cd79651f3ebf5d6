package org.gongkai.review.control;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.Arrays;
import java.util.List;

/**
 * The approved version beside the submitted one, line by line, changes marked; the texts are
 * escaped by the generator and only its change tags are HTML.
 */
public final class SideBySide {

    /** One line pair: the approved text and the submitted text, as HTML, and whether it changed. */
    public record Row(String approved, String submitted, boolean changed) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(false)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private SideBySide() {
    }

    public static List<Row> compare(String approved, String submitted) {
        List<String> before = approved == null ? List.of() : Arrays.asList(approved.split("\n", -1));
        List<String> after = Arrays.asList(submitted.split("\n", -1));
        return GENERATOR.generateDiffRows(before, after).stream()
                .map(row -> new Row(row.getOldLine(), row.getNewLine(), row.getTag() != DiffRow.Tag.EQUAL))
                .toList();
    }
}
