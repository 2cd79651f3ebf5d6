package org.gongkai.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for online filings: the test server takes the client's address from
 * {@link #HEADER} (as it would from a reverse proxy's header), so each test files from an address
 * of its own and never meets the filing limit left by another test.
 */
public final class TestClients {

    /** The header the test server trusts for the client's address. */
    public static final String HEADER = "X-Forwarded-For";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestClients() {
    }

    /** An address no other caller in this run has used (from the documentation range 198.18.0.0/15). */
    public static String fresh() {
        int n = NEXT.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
