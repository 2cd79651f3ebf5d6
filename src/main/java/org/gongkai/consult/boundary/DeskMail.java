package org.gongkai.consult.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongkai.consult.entity.PublicMessage;

/**
 * The desk's e-mail: to the writer who gave an address (receipt, answer released) and the overdue
 * warnings to the office. Queued in the caller's transaction, sent after it commits.
 */
@ApplicationScoped
public class DeskMail {

    /** Tells the writer, if they gave an e-mail address. */
    public void toWriter(PublicMessage message, String subject, String body) {
        // sent once the portal's outbox is in place
    }

    /** A warning to the office's address. */
    public void toOffice(String to, String subject, String body, String itemId) {
        // sent once the portal's outbox is in place
    }
}
