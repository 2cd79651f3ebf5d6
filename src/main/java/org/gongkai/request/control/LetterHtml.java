package org.gongkai.request.control;

/** A reply letter as a standalone, printable HTML page (UTF-8, no scripts, no outside resources). */
public final class LetterHtml {

    private LetterHtml() {
    }

    public static String render(Letter letter) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(letter.title())).append(" ").append(escape(letter.number())).append("</title>\n<style>")
                .append("body{font-family:\"Noto Serif SC\",\"Source Han Serif SC\",\"SimSun\",\"Songti SC\",serif;")
                .append("max-width:42em;margin:2em auto;padding:0 1.5em;line-height:1.9;color:#111;background:#fff}")
                .append(".organ,.title{text-align:center;margin:0}.organ{font-size:1.4em}")
                .append(".title{font-size:1.6em;font-weight:bold;margin-bottom:.3em}")
                .append(".number{text-align:center;margin:0 0 1.5em}.body p{text-indent:2em;margin:.4em 0}")
                .append(".salutation{margin:1em 0 .4em}.signature{text-align:right;margin-top:2.5em}")
                .append(".signature p{margin:0}</style>\n</head>\n<body>\n<header>\n<p class=\"organ\">")
                .append(escape(letter.organ())).append("</p>\n<h1 class=\"title\">").append(escape(letter.title()))
                .append("</h1>\n<p class=\"number\">").append(escape(letter.number())).append("</p>\n</header>\n<main>\n")
                .append("<p class=\"salutation\">").append(escape(letter.salutation())).append("</p>\n<div class=\"body\">\n");
        for (String paragraph : letter.paragraphs()) {
            out.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        out.append("</div>\n<div class=\"signature\">\n<p>").append(escape(letter.signature())).append("</p>\n<p>")
                .append(escape(letter.date())).append("</p>\n</div>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
