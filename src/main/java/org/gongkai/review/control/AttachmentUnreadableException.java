package org.gongkai.review.control;

/**
 * An attachment that looks like a PDF or Word file could not be read (damaged, encrypted, not what
 * it seemed): its text was not scanned, which the reviewer must be told.
 */
public class AttachmentUnreadableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final AttachmentType type;

    public AttachmentUnreadableException(AttachmentType type, Throwable cause) {
        super("the " + type + " attachment could not be read: " + cause.getClass().getSimpleName(), cause);
        this.type = type;
    }

    public AttachmentType type() {
        return type;
    }
}
