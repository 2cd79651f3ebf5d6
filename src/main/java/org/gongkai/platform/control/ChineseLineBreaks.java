package org.gongkai.platform.control;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break in a PDF (避头尾, GB/T 15834-2011 on punctuation and the
 * W3C's Requirements for Chinese Text Layout): never before a closing or pausing mark — no line
 * starts with "，。、；：？！）》”" — and never after an opening one — no line ends with "（《“".
 * Elsewhere the usual rule applies: between any two Chinese characters, and after a space or hyphen.
 */
public final class ChineseLineBreaks extends DefaultSplitCharacter {

    public static final ChineseLineBreaks RULES = new ChineseLineBreaks();

    /** Marks that must not begin a line. */
    static final String NO_LINE_START = "，。、；：？！）》」』”’〕】〉…—·%,.;:?!)]}";
    /** Marks that must not end a line. */
    static final String NO_LINE_END = "（《「『“‘〔【〈([{";

    private ChineseLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char here = getCurrentCharacter(current, cc, ck);
        if (NO_LINE_END.indexOf(here) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return NO_LINE_START.indexOf(here) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
    }
}
