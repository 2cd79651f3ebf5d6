package org.gongkai.account;

import jakarta.json.JsonObject;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security baseline of issue 11 as an outside caller meets it: sessions that follow account
 * changes on the next click, sign-in locks that end and cannot keep the real user out, the passcode
 * lock, the three administrators kept apart, the headers on every kind of answer, and refusals
 * answered 400, 403, 409, 413 or 429 instead of 404 or 500. The test deployment locks for 4 s and
 * takes client addresses from {@code X-Forwarded-For} (see {@code TestDatabase}).
 */
class SecurityIT extends PortalDeployment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    // ---------------------------------------------------------------- sessions follow the account

    @Test
    void aDisabledUsersOpenSessionIsRefusedOnItsNextClick() {
        createUser("session-user", "OFFICER", "Huihua-yonghu-1");
        Browser session = signIn("session-user", "Huihua-yonghu-1");
        assertEquals(200, session.get("/staff/").statusCode());

        Reply disabled = api().as("secadmin").put("/api/v1/staff/users/session-user", """
                {"username":"session-user","displayName":"会话用户","organ":"000014349","roles":["OFFICER"],"enabled":false}""");
        assertEquals(200, disabled.status(), disabled::toString);

        HttpResponse<String> next = session.get("/staff/");
        assertEquals(302, next.statusCode(), "the open session ends on its next click");
        assertTrue(next.headers().firstValue("Location").orElse("").contains("/login"));
    }

    @Test
    void aRemovedRoleIsRefusedOnItsNextClick() {
        createUser("role-user", "ADMIN", "Juese-yonghu-1");
        Browser session = signIn("role-user", "Juese-yonghu-1");
        assertEquals(200, session.get("/staff/admin/organs").statusCode());

        Reply demoted = api().as("secadmin").put("/api/v1/staff/users/role-user", """
                {"username":"role-user","displayName":"角色用户","organ":"000014349","roles":["EDITOR"]}""");
        assertEquals(200, demoted.status(), demoted::toString);

        HttpResponse<String> next = session.get("/staff/admin/organs");
        assertEquals(403, next.statusCode(), "the removed role no longer opens the page");
        assertTrue(next.body().contains("无权访问"), "the friendly 403 page");
        assertEquals(200, session.get("/staff/").statusCode(), "the account itself still works");
    }

    // ---------------------------------------------------------------- sign-in throttling

    @Test
    void repeatedFailuresLockTheUsernameUntilTheLockEnds() throws Exception {
        createUser("lock-user", "OFFICER", "Suoding-yonghu-1");
        Api attacker = api().header("X-Forwarded-For", "198.51.100.10");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, attacker.as("lock-user", "wrong-" + i).get("/api/v1/staff/me").status());
        }

        Reply locked = attacker.as("lock-user", "Suoding-yonghu-1").get("/api/v1/staff/me");
        assertEquals(429, locked.status(), "even the right password is refused during the lock");
        assertEquals("sign_in_locked", locked.object().getString("error"));
        assertTrue(locked.object().getString("message").contains("锁定"), locked::toString);
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 4, "Retry-After " + retryAfter);
        assertEquals(1, count("select count(*) from audit_event where event_type = 'SIGN_IN_LOCKED' "
                + "and item_id = 'user:lock-user'"), "the lock is in the audit trail");

        Thread.sleep((retryAfter + 1) * 1000);
        assertEquals(200, attacker.as("lock-user", "Suoding-yonghu-1").get("/api/v1/staff/me").status(),
                "the lock ends by itself");
    }

    @Test
    void guessingFromElsewhereCannotKeepTheRealUserOut() {
        createUser("steady-user", "OFFICER", "Wending-yonghu-1");
        Api home = api().header("X-Forwarded-For", "198.51.100.20");
        Api attacker = api().header("X-Forwarded-For", "198.51.100.21");
        assertEquals(200, home.as("steady-user", "Wending-yonghu-1").get("/api/v1/staff/me").status());
        for (int i = 0; i < 6; i++) {
            attacker.as("steady-user", "guess-" + i).get("/api/v1/staff/me");
        }

        assertEquals(429, attacker.as("steady-user", "Wending-yonghu-1").get("/api/v1/staff/me").status(),
                "locked for the guesser");
        assertEquals(200, home.as("steady-user", "Wending-yonghu-1").get("/api/v1/staff/me").status(),
                "the user at a known address still signs in");
        assertEquals(204, api().as("secadmin").header("X-Forwarded-For", "198.51.100.22")
                .delete("/api/v1/staff/users/steady-user/lock").status(), "the security administrator lifts the lock");
        assertEquals(200, attacker.as("steady-user", "Wending-yonghu-1").get("/api/v1/staff/me").status());
    }

    @Test
    void oneAddressGuessingManyUsernamesIsLocked() {
        Api guesser = api().header("X-Forwarded-For", "198.51.100.40");
        for (int i = 0; i < 12; i++) {
            assertEquals(401, guesser.as("nobody-" + i, "guess").get("/api/v1/staff/me").status());
        }
        assertEquals(429, guesser.as("officer").get("/api/v1/staff/me").status(), "the address is locked");
        assertEquals(200, api().header("X-Forwarded-For", "198.51.100.41").as("officer").get("/api/v1/staff/me").status(),
                "other addresses are not");
    }

    @Test
    void unknownUsernamesGetTheSameAnswerTheSameWorkAndTheSameLock() {
        createUser("timing-user", "OFFICER", "Jishi-yonghu-1");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        Reply knownReply = null;
        Reply unknownReply = null;
        for (int i = 0; i < 4; i++) {
            Api from = api().header("X-Forwarded-For", "198.51.100.3" + i);
            long start = System.nanoTime();
            knownReply = from.as("timing-user", "wrong-password").get("/api/v1/staff/me");
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            unknownReply = from.as("unknown-user-" + i, "wrong-password").get("/api/v1/staff/me");
            unknown.add(System.nanoTime() - start);
        }
        assertEquals(knownReply.status(), unknownReply.status());
        assertEquals(knownReply.body(), unknownReply.body(), "the answer does not tell which usernames exist");
        // loosely: an unknown name costs a password hash too (without it, it answered ~13 ms sooner)
        assertTrue(median(unknown) * 2 >= median(known), "unknown " + unknown + " known " + known);

        Api guesser = api().header("X-Forwarded-For", "198.51.100.39");
        for (int i = 0; i < 5; i++) {
            guesser.as("never-existed", "guess-" + i).get("/api/v1/staff/me");
        }
        assertEquals(429, guesser.as("never-existed", "guess").get("/api/v1/staff/me").status(),
                "an unknown username is locked like a known one");
    }

    @Test
    void theWebFormIsThrottledToo() {
        Browser guesser = new Browser("198.51.100.60");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = guesser.signInForm("leader", "wrong-" + i);
            assertTrue(failed.body().contains("用户名或密码不正确"), () -> failed.statusCode() + " " + failed.body());
        }
        HttpResponse<String> locked = guesser.signInForm("leader", Api.DEMO_PASSWORD);
        assertTrue(locked.body().contains("已暂时锁定"), "the form says the sign-in is locked");
        assertEquals(204, api().as("secadmin").delete("/api/v1/staff/users/leader/lock").status());
    }

    @Test
    void aForgedFormPostIsRefusedWithoutAStackTrace() {
        Browser forger = new Browser("198.51.100.61");
        String viewState = forger.find(forger.get("/login").body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        HttpResponse<String> forged = forger.postRaw("/login", "login=login&username=officer&password=x&signIn=signIn"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8));
        assertTrue(forged.statusCode() == 403 || forged.statusCode() == 400, () -> forged.statusCode() + " " + forged.body());
        assertFalse(forged.body().contains("Caused by") || forged.body().contains("at org."));
    }

    @Test
    void passwordsFollowThePolicyAndAreNotReused() {
        Reply weak = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"policy-user","displayName":"口令用户","organ":"000014349","roles":["EDITOR"],
                 "password":"alllowercaseletters"}""");
        assertEquals(400, weak.status(), weak::toString);
        assertTrue(weak.object().getJsonObject("fields").getString("password").contains("三类"), weak::toString);
        Reply withName = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"policy-user","displayName":"口令用户","organ":"000014349","roles":["EDITOR"],
                 "password":"Policy-user-2026"}""");
        assertEquals(400, withName.status(), withName::toString);

        createUser("policy-user", "EDITOR", "Kouling-first-1");
        for (String next : List.of("Kouling-second-2", "Kouling-third-3")) {
            assertEquals(200, changePassword("policy-user", next).status());
        }
        Reply reused = changePassword("policy-user", "Kouling-first-1");
        assertEquals(400, reused.status(), reused::toString);
        assertTrue(reused.object().getJsonObject("fields").getString("password").contains("最近 5 次"), reused::toString);
    }

    // ---------------------------------------------------------------- 三员分立

    @Test
    void theThreeAdministratorsCannotDoEachOthersWork() throws SQLException {
        String organ = "{\"code\":\"0000777" + String.format("%02d", SEQUENCE.incrementAndGet()) + "\",\"name\":\"三员测试局\"}";
        // each does their own work
        assertEquals(200, api().as("admin").get("/api/v1/staff/organs").status());
        assertEquals(200, api().as("secadmin").get("/api/v1/staff/users").status());
        assertEquals(200, api().as("auditor").get("/api/v1/staff/audit?size=5").status());
        // and none the others'
        assertEquals(403, api().as("admin").get("/api/v1/staff/users").status(), "accounts are not the system admin's");
        assertEquals(403, api().as("admin").get("/api/v1/staff/audit").status(), "nor the trail");
        assertEquals(403, api().as("secadmin").post("/api/v1/staff/organs", organ).status());
        assertEquals(403, api().as("secadmin").get("/api/v1/staff/audit/verify").status());
        assertEquals(403, api().as("auditor").get("/api/v1/staff/users").status());
        assertEquals(403, api().as("auditor").post("/api/v1/staff/organs", organ).status());
        assertEquals(403, api().as("auditor").put("/api/v1/staff/sensitive-terms", "{\"terms\":[\"审计员不应写入\"]}").status());

        Reply twoRoles = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"two-hats","displayName":"兼任","organ":"000014349","roles":["ADMIN","AUDITOR"],
                 "password":"Jianren-2026-x"}""");
        assertEquals(400, twoRoles.status(), twoRoles::toString);
        assertEquals("administrator_roles", twoRoles.object().getString("error"));
        assertTrue(twoRoles.object().getJsonObject("fields").getString("roles").contains("三员分立"));
        try (Connection connection = TestDatabase.connect()) {
            assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate(
                    "insert into staff_user_role (username, role) values ('secadmin', 'AUDITOR')"),
                    "the database refuses a second administrator role too");
        }

        Reply lastSecurityAdmin = api().as("secadmin").put("/api/v1/staff/users/secadmin", """
                {"username":"secadmin","displayName":"孙安全","organ":"000014349","roles":["EDITOR"]}""");
        assertEquals(409, lastSecurityAdmin.status(), "the last security administrator keeps the role");
        assertEquals(409, api().as("secadmin").put("/api/v1/staff/users/auditor", """
                {"username":"auditor","displayName":"周审计","organ":"000014349","roles":["AUDITOR"],"enabled":false}""")
                .status(), "and the last auditor the account");
    }

    @Test
    void theAuditorSearchesTheTrailByPersonItemAndTime() {
        String code = "0000778" + String.format("%02d", SEQUENCE.incrementAndGet());
        assertEquals(201, api().as("admin").post("/api/v1/staff/organs",
                "{\"code\":\"" + code + "\",\"name\":\"审计查询局\"}").status());

        Reply found = api().as("auditor").get("/api/v1/staff/audit?actor=admin&itemType=ORGAN&itemId=" + code
                + "&from=2026-02-13&to=2026-02-13&page=0&size=10");
        assertEquals(200, found.status(), found::toString);
        assertEquals(1, found.object().getInt("total"), found::toString);
        JsonObject event = found.object().getJsonArray("events").getJsonObject(0);
        assertEquals("ORGAN_CREATED", event.getString("eventType"));
        assertEquals("admin", event.getString("actor"));
        assertEquals(0, api().as("auditor").get("/api/v1/staff/audit?itemId=" + code + "&from=2026-02-14")
                .object().getInt("total"), "the time filter applies");

        Reply badDate = api().as("auditor").get("/api/v1/staff/audit?from=yesterday&size=abc");
        assertEquals(400, badDate.status(), badDate::toString);
        assertTrue(badDate.object().getJsonObject("fields").containsKey("from"));
        assertTrue(badDate.object().getJsonObject("fields").containsKey("size"));
        assertTrue(api().as("auditor").get("/api/v1/staff/audit/verify").object().getBoolean("intact"));

        Browser auditorPage = signIn("auditor", Api.DEMO_PASSWORD);
        HttpResponse<String> page = auditorPage.get("/staff/audit?itemId=" + code + "&verify=1");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("ORGAN_CREATED") && page.body().contains("审计记录完整"), page.body());
        assertEquals(403, signIn("admin", Api.DEMO_PASSWORD).get("/staff/audit").statusCode());
    }

    // ---------------------------------------------------------------- the applicant's passcode

    @Test
    void aTrackingCodeLocksAfterWrongPasscodesEvenForTheRightOne() {
        Api applicant = api().header("X-Forwarded-For", "198.51.100.70");
        Reply filed = applicant.post("/api/v1/requests", """
                {"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"王五","idType":"ID_CARD",
                 "idNumber":"11010519491231002X","phone":"13800138000","address":"长沙市岳麓区麓山南路1号"},
                 "description":"请公开2025年本机关政府采购项目清单","docNo":null,
                 "delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""");
        assertEquals(201, filed.status(), filed::toString);
        String code = filed.object().getString("trackingCode");
        String passcode = filed.object().getString("passcode");
        for (int i = 0; i < 5; i++) {
            Reply wrong = api().header("X-Forwarded-For", "198.51.100.7" + i).header("X-Passcode", "WRONG" + i)
                    .get("/api/v1/requests/" + code);
            assertEquals(404, wrong.status(), wrong::toString);
        }

        Reply right = applicant.header("X-Passcode", passcode).get("/api/v1/requests/" + code);
        assertEquals(429, right.status(), "the right passcode is refused while the code is locked");
        assertEquals("passcode_locked", right.object().getString("error"));
        assertNotNull(right.header("Retry-After"));
        assertEquals("no-store", right.header("Cache-Control"), "personal answers are not cached");
    }

    // ---------------------------------------------------------------- errors and limits

    @Test
    void aBadParameterIs400WithTheParameterNamed() {
        Reply year = api().get("/api/v1/catalogue?year=abc");
        assertEquals(400, year.status(), year::toString);
        assertEquals("invalid_parameter", year.object().getString("error"));
        assertTrue(year.object().getJsonObject("fields").containsKey("year"), year::toString);

        Reply id = api().as("editor").get("/api/v1/staff/catalogue/abc");
        assertEquals(400, id.status(), id::toString);
        assertTrue(id.object().getJsonObject("fields").containsKey("id"), id::toString);
    }

    @Test
    void aTriggerRefusalIs409InChinese() throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            connection.createStatement().execute("""
                    create function test_refuse_organ() returns trigger language plpgsql as $$
                    begin raise exception 'refused by a test trigger' using errcode = 'P0001'; end $$;
                    create trigger test_refuse_organ before insert on organ for each row
                        when (new.name like '触发器拒绝%') execute function test_refuse_organ();""");
        }
        try {
            Reply refused = api().as("admin").post("/api/v1/staff/organs",
                    "{\"code\":\"000066601\",\"name\":\"触发器拒绝的机关\"}");
            assertEquals(409, refused.status(), refused::toString);
            assertTrue(refused.object().getString("message").matches(".*[\\u4e00-\\u9fa5].*"), "in Chinese");
            assertFalse(refused.body().contains("refused by a test trigger"), "no database text in the answer");
        } finally {
            try (Connection connection = TestDatabase.connect()) {
                connection.createStatement().execute("drop trigger test_refuse_organ on organ; "
                        + "drop function test_refuse_organ()");
            }
        }
    }

    @Test
    void concurrentDuplicatesAreConflictsNeverServerErrors() throws Exception {
        String body = "{\"code\":\"000066602\",\"name\":\"并发机关\"}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> api().as("admin").post("/api/v1/staff/organs", body)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWrongRoleOnAStaffPageGetsThe403Page() {
        Browser editor = signIn("editor", Api.DEMO_PASSWORD);
        HttpResponse<String> page = editor.get("/staff/request?code=2026-ABCDEFGH");
        assertEquals(403, page.statusCode(), page::body);
        assertTrue(page.body().contains("无权访问"));
        assertFalse(page.body().contains("at org.gongkai") || page.body().contains("Caused by"), page::body);
    }

    @Test
    void hugeOrOddRequestsAreAnsweredCleanly() {
        assertTrue(api().get("/catalogue?page=500").status() < 500, "a page far beyond the results");
        HttpResponse<String> huge = new Browser("198.51.100.80").postRaw("/login",
                "username=x&password=" + "x".repeat(2 * 1024 * 1024));
        assertEquals(413, huge.statusCode());
        Reply bigJson = api().as("admin").post("/api/v1/staff/organs",
                "{\"code\":\"000066603\",\"name\":\"" + "大".repeat(200_000) + "\"}");
        assertEquals(413, bigJson.status(), "the staff API refuses bodies over its limit");
    }

    @Test
    void searchesAreRateLimitedPerAddressWithAChineseRetryAfter() {
        Api searcher = api().header("X-Forwarded-For", "198.51.100.90");
        Reply last = null;
        for (int i = 0; i < 61; i++) {
            last = searcher.get("/api/v1/catalogue?q=" + URLEncoder.encode("通知" + i, StandardCharsets.UTF_8));
        }
        assertEquals(429, last.status(), last::toString);
        assertEquals("search_rate_limited", last.object().getString("error"));
        assertTrue(last.object().getString("message").contains("检索过于频繁"));
        assertNotNull(last.header("Retry-After"));
        assertEquals(200, api().header("X-Forwarded-For", "198.51.100.91").get("/api/v1/catalogue?q=" +
                URLEncoder.encode("通知", StandardCharsets.UTF_8)).status(), "another address searches on");
    }

    // ---------------------------------------------------------------- headers and sign-out

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        Browser visitor = new Browser("198.51.100.100");
        HttpResponse<String> home = visitor.get("/");
        assertCommonHeaders(home);
        String policy = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("'nonce-"), policy);
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), "no session for an anonymous home page");

        Browser staff = signIn("officer", Api.DEMO_PASSWORD);
        HttpResponse<String> staffPage = staff.get("/staff/");
        assertCommonHeaders(staffPage);
        assertEquals("no-store", staffPage.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(staff.sessionCookie.contains("SameSite=Lax"), staff.sessionCookie);
        assertTrue(staff.sessionCookie.contains("HttpOnly"), staff.sessionCookie);

        Reply api = api().as("officer").get("/api/v1/staff/me");
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertEquals("no-store", api.header("Cache-Control"));
        assertTrue(api.header("Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("strict-origin-when-cross-origin", api.header("Referrer-Policy"));
    }

    @Test
    void metricsAreForTheMachineAndTheSystemAdministrator() {
        Api outside = api().header("X-Forwarded-For", "198.51.100.110");
        assertEquals(401, outside.get("/metrics").status(), "not for anonymous outsiders");
        assertEquals(403, outside.as("officer").get("/metrics").status(), "nor for other staff");
        assertEquals(200, outside.as("admin").get("/metrics").status(), "the system administrator");
        assertEquals(200, api().header("X-Forwarded-For", "127.0.0.1").get("/metrics").status(), "a local collector");
    }

    @Test
    void feedLinksComeFromTheConfiguredAddressNotTheHostHeader() {
        Reply feed = api().header("X-Forwarded-Host", "evil.example").get("/feeds/catalogue.atom");
        assertEquals(200, feed.status());
        assertFalse(feed.body().contains("evil.example"));
        assertTrue(feed.body().contains("http://localhost:8080/feeds/catalogue.atom"), "the configured public URL");
    }

    @Test
    void signingOutNeedsThePostAndItsToken() {
        Browser staff = signIn("reviewer", Api.DEMO_PASSWORD);
        assertEquals(405, staff.get("/logout").statusCode(), "a link cannot sign out");
        assertEquals(403, staff.postRaw("/logout", "token=forged").statusCode(), "a forged form cannot");
        assertEquals(200, staff.get("/staff/").statusCode(), "still signed in");

        String token = staff.logoutToken(staff.get("/staff/").body());
        HttpResponse<String> out = staff.postRaw("/logout", "token=" + token);
        assertEquals(302, out.statusCode());
        assertEquals(302, staff.get("/staff/").statusCode(), "signed out");
    }

    // ---------------------------------------------------------------- helpers

    private void assertCommonHeaders(HttpResponse<String> response) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), "a CSP");
    }

    private void createUser(String username, String role, String password) {
        Reply created = api().as("secadmin").post("/api/v1/staff/users", ("{\"username\":\"%s\",\"displayName\":\"%s\","
                + "\"organ\":\"000014349\",\"roles\":[\"%s\"],\"password\":\"%s\"}")
                .formatted(username, displayName(username), role, password));
        assertEquals(201, created.status(), created::toString);
    }

    private static String displayName(String username) {
        return switch (username) {
            case "session-user" -> "会话用户";
            case "role-user" -> "角色用户";
            default -> "测试用户";
        };
    }

    private Reply changePassword(String username, String password) {
        return api().as("secadmin").put("/api/v1/staff/users/" + username, ("{\"username\":\"%s\",\"displayName\":\"测试用户\","
                + "\"organ\":\"000014349\",\"roles\":[\"EDITOR\"],\"password\":\"%s\"}").formatted(username, password));
    }

    private Browser signIn(String username, String password) {
        Browser browser = new Browser("198.51.100.1" + SEQUENCE.incrementAndGet() % 100);
        HttpResponse<String> result = browser.signInForm(username, password);
        assertEquals(302, result.statusCode(), () -> "sign-in of " + username + ": " + result.body());
        return browser;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long count(String sql) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cookie-keeping HTTP client that fills the Faces sign-in form as a browser would. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final String address;
        String sessionCookie = "";

        Browser(String address) {
            this.address = address;
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        HttpResponse<String> postRaw(String path, String form) {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> signInForm(String username, String password) {
            HttpResponse<String> page = get("/login");
            String viewState = find(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
            // what PrimeFaces' script adds to every post under its CSP: the page's nonce
            String nonce = find(page.body(), "PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
            Map<String, String> fields = Map.of("login", "login", "username", username, "password", password,
                    "signIn", "signIn", "jakarta.faces.ViewState", viewState, "primefaces.nonce", nonce);
            return postRaw("/login", fields.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")));
        }

        String logoutToken(String page) {
            return find(page, "name=\"token\" value=\"([^\"]+)\"");
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                    .header("X-Forwarded-For", address);
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) {
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                        .reduce((first, second) -> second).ifPresent(cookie -> sessionCookie = cookie);
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String find(String text, String regex) {
            Matcher matcher = Pattern.compile(regex).matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("not found: " + regex + " in " + text.substring(0, Math.min(2000, text.length())));
            }
            return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
        }
    }
}
