package org.gongkai.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * An in-process SMTP server (GreenMail) for the test run: the portal under test sends its e-mail
 * notices to it, and tests read what arrived.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    /** Starts the server on a free loopback port; returns the port. */
    static synchronized int start() {
        if (server == null) {
            ServerSetup smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            server = new GreenMail(smtp);
            server.start();
        }
        return server.getSmtp().getPort();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received so far for {@code address}. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The subject and text of a message. */
    public static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
