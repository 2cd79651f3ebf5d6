package org.gongkai.platform.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FailuresTest {

    @Test
    void describesTheWholeCauseChain() {
        Exception failure = new IllegalStateException("Could not connect to SMTP host 127.0.0.1:2525",
                new IOException("socket closed", new ConnectException("Connection refused")));

        assertEquals("java.lang.IllegalStateException: Could not connect to SMTP host 127.0.0.1:2525"
                        + " <- java.io.IOException: socket closed <- java.net.ConnectException: Connection refused",
                Failures.describe(failure));
    }

    @Test
    void masksPersonalDataInMessages() {
        String described = Failures.describe(new IllegalArgumentException(
                "Invalid Addresses: zhang.san@example.cn; mobile 139 0731 8888; ID 43010219900307123X"));

        assertFalse(described.contains("zhang.san") || described.contains("example.cn"), described);
        assertFalse(described.contains("8888") || described.contains("0307"), described);
        assertEquals("java.lang.IllegalArgumentException: Invalid Addresses: ***@***; mobile ***; ID ***", described);
    }

    @Test
    void aMessageLessFailureAndACycleEnd() {
        RuntimeException first = new RuntimeException();
        RuntimeException second = new RuntimeException("again", first);
        first.initCause(second);

        assertEquals("java.lang.RuntimeException <- java.lang.RuntimeException: again", Failures.describe(first));
    }
}
