package org.gongkai.platform.boundary;

/** Fired when a mail is written to the outbox; observed after the commit to send it at once. */
public record MailQueued(long mailId) {
}
