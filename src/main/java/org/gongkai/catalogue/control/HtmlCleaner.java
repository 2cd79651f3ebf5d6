package org.gongkai.catalogue.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Editors' body HTML reduced to a safe subset (paragraphs, headings, lists, tables, links, emphasis;
 * no scripts, styles, event handlers or foreign frames), and its plain text for scanning and search.
 */
public final class HtmlCleaner {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr", "figure", "figcaption")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private HtmlCleaner() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFE, output).strip();
    }

    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parse(html).text();
    }
}
