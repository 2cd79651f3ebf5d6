package org.gongkai.consult.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.consult.entity.PublicMessage;
import org.gongkai.platform.boundary.MailOutbox;

import java.util.Optional;

/**
 * The desk's e-mail, through the portal's outbox (queued in the caller's transaction, sent after it
 * commits): to the writer who gave an address (receipt, not accepted, answered) and the warnings to
 * the office. The writer's address is read from the message, never written to a log.
 */
@ApplicationScoped
public class DeskMail {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "gongkai.public-url")
    Optional<String> publicUrl;

    /** Tells the writer, if they gave an e-mail address. */
    public void toWriter(PublicMessage message, String subject, String body, String kind) {
        if (message.email() == null) {
            return;
        }
        String page = publicUrl.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", "") + "/messages")
                .orElse("本网站“答疑台”页面（/messages）");
        String text = body + "\n\n留言编号：" + message.queryCode() + "\n请访问" + page
                + "，输入留言编号和查询码查看。\n\n本邮件由系统自动发送，请勿直接回复。";
        outbox.queue(message.email(), "【答疑台】" + subject, text, DeskHandling.ITEM_TYPE, message.id().toString(), kind);
    }

    /** A warning to the office's address. */
    public void toOffice(String to, String subject, String body, String itemId, String kind) {
        outbox.queue(to, subject, body + "\n\n本邮件由系统自动发送，请勿直接回复。", DeskHandling.ITEM_TYPE, itemId, kind);
    }
}
