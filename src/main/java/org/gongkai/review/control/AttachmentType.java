package org.gongkai.review.control;

/** The kinds of attachment whose text the pre-scan reads, as told by their bytes. */
public enum AttachmentType {
    PDF("application/pdf"),
    /** Word 2007 and later (Office Open XML) */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Word 97–2003 (an OLE2 compound file holding a WordDocument stream) */
    DOC("application/msword"),
    /** anything else: its text is not read */
    UNKNOWN("application/octet-stream");

    private final String mediaType;

    AttachmentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
