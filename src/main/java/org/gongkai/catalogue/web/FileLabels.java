package org.gongkai.catalogue.web;

import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.ResourceBundle;

/** What a file is and how large, as readers say it: "PDF 文档，12.3 KB", "Word document, 600 B". */
final class FileLabels {

    private FileLabels() {
    }

    static String of(FacesContext faces, String mediaType, long bytes) {
        Locale locale = faces.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE : faces.getViewRoot().getLocale();
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        String kind = mediaType == null ? "file.other" : switch (mediaType) {
            case "application/pdf" -> "file.pdf";
            case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "file.word";
            case "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "file.excel";
            default -> mediaType.startsWith("image/") ? "file.image" : "file.other";
        };
        String separator = locale != null && "en".equals(locale.getLanguage()) ? ", " : "，";
        return messages.getString(kind) + separator + size(bytes);
    }

    /** A file size as people read it: 600 B, 12.3 KB, 4.5 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
