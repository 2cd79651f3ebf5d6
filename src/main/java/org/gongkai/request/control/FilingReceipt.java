package org.gongkai.request.control;

import org.gongkai.request.entity.Channel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the applicant keeps of a filing (申请回执): the organ that received it, the tracking code and
 * passcode (shown once, never stored in clear), the receipt date the reply period counts from
 * (Art. 31 of the OGI Regulations) and the due date (Art. 33), whether that date is provisional, and
 * what was asked for. No identity number or contact appears on it.
 */
public record FilingReceipt(String organName, String trackingCode, String passcode, Channel channel,
                            LocalDate receivedOn, LocalDate dueOn, boolean provisional, String description,
                            LocalDate issuedOn) implements Serializable {

    /** The channel as the receipt names it. */
    public String channelLabel() {
        return switch (channel) {
            case ONLINE -> "网上申请";
            case IN_PERSON -> "当面提交";
            case MAIL -> "邮寄";
            case FAX -> "传真";
        };
    }
}
