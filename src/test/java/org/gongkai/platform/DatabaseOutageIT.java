package org.gongkai.platform;

import org.gongkai.testing.Api;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal rides out its database (issue 18): while PostgreSQL is down, pages and the API
 * answer 503 with {@code Retry-After} and a Chinese message within 2 s; within 10 s of the
 * database's return they serve again, with no restart of the portal.
 */
class DatabaseOutageIT extends PortalDeployment {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);
    /** A public page read from the database: the demo organ's disclosure guide. */
    private static final String PAGE = "/guide/000014349";

    @Test
    void pagesAndApiAnswer503WhileTheDatabaseIsDownAndServeAgainWhenItReturns() throws Exception {
        assumeTrue(TestDatabase.canStop(),
                "needs the run's own embedded PostgreSQL: a shared server (-Dgongkai.test.db.url) is never stopped");
        Api api = api();
        Api officer = api.as("officer");
        // Served, and the pool holds connections that the stop will break.
        assertEquals(200, api.get("/api/v1/organs").status());
        assertEquals(200, api.get(PAGE).status());
        assertEquals(200, officer.get("/api/v1/staff/me").status());

        TestDatabase.stopServer();
        try {
            for (int round = 0; round < 3; round++) {
                Api.Reply apiReply = timed("public API", () -> api.get("/api/v1/organs"));
                assertEquals(503, apiReply.status(), apiReply::toString);
                assertRetryAfter(apiReply);
                assertEquals("database_unavailable", apiReply.object().getString("error"));
                assertTrue(apiReply.object().getString("message").contains("数据库暂时无法访问"), apiReply::toString);

                Api.Reply staffReply = timed("staff API (HTTP Basic)", () -> officer.get("/api/v1/staff/me"));
                assertEquals(503, staffReply.status(), staffReply::toString);
                assertRetryAfter(staffReply);
                assertEquals("database_unavailable", staffReply.object().getString("error"));

                Api.Reply page = timed("page", () -> api.get(PAGE));
                assertEquals(503, page.status(), page::toString);
                assertRetryAfter(page);
                assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
                assertTrue(page.body().contains("服务暂时不可用") && page.body().contains("数据库暂时无法访问"),
                        page::body);
                // The site's look: the public template with its theme.
                assertTrue(page.body().contains("gk-header"), page::body);
            }
        } finally {
            TestDatabase.startServer();
        }
        long back = System.nanoTime();
        while (true) {
            int apiStatus = api.get("/api/v1/organs").status();
            int pageStatus = api.get(PAGE).status();
            int staffStatus = officer.get("/api/v1/staff/me").status();
            if (apiStatus == 200 && pageStatus == 200 && staffStatus == 200) {
                break;
            }
            if (System.nanoTime() - back > BACK_WITHIN.toNanos()) {
                fail("Not serving " + BACK_WITHIN.toSeconds() + " s after the database returned: API " + apiStatus
                        + ", page " + pageStatus + ", staff API " + staffStatus);
            }
            Thread.sleep(200);
        }
        System.out.printf("DatabaseOutageIT: serving again %d ms after the database returned%n",
                (System.nanoTime() - back) / 1_000_000);
    }

    private static Api.Reply timed(String what, Supplier<Api.Reply> call) {
        long start = System.nanoTime();
        Api.Reply reply = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("DatabaseOutageIT: %s answered %d in %d ms%n", what, reply.status(), millis);
        assertTrue(millis < ANSWER_WITHIN.toMillis(), what + " took " + millis + " ms to answer " + reply.status());
        return reply;
    }

    private static void assertRetryAfter(Api.Reply reply) {
        String retryAfter = reply.header("Retry-After");
        assertNotNull(retryAfter, "Retry-After missing");
        assertTrue(Integer.parseInt(retryAfter) > 0, retryAfter);
    }
}
