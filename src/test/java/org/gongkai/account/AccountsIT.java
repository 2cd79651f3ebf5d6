package org.gongkai.account;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.gongkai.testing.Api;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation as callers meet it: who may call what on the API, the JSON error shape in
 * Chinese and English, administrators managing organs and users, the history every change leaves,
 * and the public pages, health and OpenAPI document.
 */
class AccountsIT extends PortalDeployment {

    @Test
    void anonymousCallerOfAStaffEndpointGets401AsJsonInChinese() {
        Reply reply = api().get("/api/v1/staff/me");

        assertEquals(401, reply.status(), reply::toString);
        assertEquals("not_signed_in", reply.object().getString("error"));
        assertEquals("请先登录。", reply.object().getString("message"));
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void wrongPasswordGets401AndEnglishWhenAskedFor() {
        Reply reply = api().header("Accept-Language", "en-GB,en;q=0.8").as("officer", "not-the-password").get("/api/v1/staff/me");

        assertEquals(401, reply.status(), reply::toString);
        assertEquals("bad_credentials", reply.object().getString("error"));
        assertEquals("The user name or password is not correct.", reply.object().getString("message"));
    }

    @Test
    void officerReachesAStaffEndpointWithBasicCredentials() {
        Reply reply = api().as("officer").get("/api/v1/staff/me");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("officer", reply.object().getString("username"));
        assertEquals("000014349", reply.object().getString("organ"));
        assertEquals("OFFICER", reply.object().getJsonArray("roles").getString(0));
        assertFalse(reply.body().contains("password"), "no password or hash in any answer");
    }

    @Test
    void officerIsRefusedTheAdministratorsEndpointsWith403Json() {
        Reply users = api().as("officer").get("/api/v1/staff/users");
        Reply usersByAdmin = api().as("admin").get("/api/v1/staff/users");
        Reply newOrgan = api().as("reviewer").post("/api/v1/staff/organs",
                "{\"code\":\"000099001\",\"name\":\"不应创建的机关\"}");

        assertEquals(403, users.status(), users::toString);
        assertEquals("forbidden", users.object().getString("error"));
        assertEquals(403, usersByAdmin.status(), () -> "accounts belong to the security administrator (三员分立): "
                + usersByAdmin.body() + " roles of admin: " + rolesOf("admin"));
        assertEquals(403, newOrgan.status(), newOrgan::toString);
        assertFalse(api().get("/api/v1/organs").body().contains("000099001"), "the refused organ was not stored");
    }

    @Test
    void publicOrganListShowsTheDemoOrgans() {
        Reply reply = api().get("/api/v1/organs");

        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("\"code\":\"000014349\""), reply::toString);
        assertTrue(reply.body().contains("示范市人民政府办公室"), reply::toString);
    }

    @Test
    void administratorCreatesAUserWhoCanThenSignInAndTheChangeIsRecorded() throws SQLException {
        Reply created = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"editor-zhou","displayName":"周编辑","organ":"000014350",
                 "roles":["EDITOR","REVIEWER"],"password":"a-long-secret-2026"}""");

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/v1/staff/users/editor-zhou"));
        assertFalse(created.body().contains("a-long-secret"));
        Reply me = api().as("editor-zhou", "a-long-secret-2026").get("/api/v1/staff/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("周编辑", me.object().getString("displayName"));
        assertEquals(1, count("select count(*) from audit_event where item_type = 'STAFF_USER' "
                + "and item_id = 'editor-zhou' and event_type = 'USER_CREATED' and actor = 'secadmin'"));
        assertEquals(0, count("select count(*) from audit_event where detail like '%a-long-secret%'"),
                "passwords never reach the history");
    }

    @Test
    void disabledUserCannotSignIn() {
        api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"leaver","displayName":"离职人员","organ":"000014349",
                 "roles":["OFFICER"],"password":"Lizhi-renyuan-1"}""");
        assertEquals(200, api().as("leaver", "Lizhi-renyuan-1").get("/api/v1/staff/me").status());

        Reply disabled = api().as("secadmin").put("/api/v1/staff/users/leaver", """
                {"username":"leaver","displayName":"离职人员","organ":"000014349",
                 "roles":["OFFICER"],"enabled":false}""");

        assertEquals(200, disabled.status(), disabled::toString);
        assertEquals(401, api().as("leaver", "Lizhi-renyuan-1").get("/api/v1/staff/me").status());
    }

    @Test
    void theLastActiveAdministratorKeepsTheRoleAndTheAccount() {
        // other active administrators (of other tests) are disabled for this test, and enabled again after it
        List<JsonObject> others = api().as("secadmin").get("/api/v1/staff/users").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(u -> u.getBoolean("enabled") && !"admin".equals(u.getString("username"))
                        && u.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .anyMatch(r -> "ADMIN".equals(r.getString())))
                .toList();
        others.forEach(user -> assertEquals(200, api().as("secadmin").put("/api/v1/staff/users/" + user.getString("username"),
                withEnabled(user, false)).status()));
        try {
            Reply demoted = api().as("secadmin").put("/api/v1/staff/users/admin", """
                    {"username":"admin","displayName":"系统管理员","organ":"000014349","roles":["EDITOR"]}""");
            assertEquals(409, demoted.status(), demoted::toString);
            assertEquals("last_admin", demoted.object().getString("error"));
            Reply disabled = api().as("secadmin").put("/api/v1/staff/users/admin", """
                    {"username":"admin","displayName":"系统管理员","organ":"000014349","roles":["ADMIN"],"enabled":false}""");
            assertEquals(409, disabled.status(), disabled::toString);
            assertEquals(200, api().as("admin").get("/api/v1/staff/organs").status(), "still an active administrator");

            // with a second administrator, one of the two may step down
            assertEquals(201, api().as("secadmin").post("/api/v1/staff/users", """
                    {"username":"deputy-admin","displayName":"副管理员","organ":"000014349","roles":["ADMIN"],
                     "password":"Fu-guanli-2026"}""").status());
            Reply steppedDown = api().as("secadmin").put("/api/v1/staff/users/deputy-admin", """
                    {"username":"deputy-admin","displayName":"副管理员","organ":"000014349","roles":["EDITOR"]}""");
            assertEquals(200, steppedDown.status(), steppedDown::toString);
        } finally {
            others.forEach(user -> api().as("secadmin").put("/api/v1/staff/users/" + user.getString("username"),
                    withEnabled(user, true)));
        }
    }

    private static String withEnabled(JsonObject user, boolean enabled) {
        return Json.createObjectBuilder().add("username", user.getString("username"))
                .add("displayName", user.getString("displayName")).add("organ", user.getString("organ"))
                .add("roles", user.getJsonArray("roles")).add("enabled", enabled).build().toString();
    }

    @Test
    void badUserFormGets400WithTheProblemPerFieldAndStoresNothing() throws SQLException {
        Reply reply = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"Bad Name!","displayName":"","organ":"000014349","roles":[],"password":"short"}""");

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("invalid_input", reply.object().getString("error"));
        var fields = reply.object().getJsonObject("fields");
        assertTrue(fields.containsKey("username"), reply::toString);
        assertTrue(fields.containsKey("displayName"), reply::toString);
        assertTrue(fields.containsKey("roles"), reply::toString);
        assertEquals("密码至少 12 位", fields.getString("password"));
        assertEquals(0, count("select count(*) from staff_user where username = 'Bad Name!'"), "nothing stored");
    }

    @Test
    void duplicateUserGets409AndUnknownOrgan400() {
        Reply duplicate = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"officer","displayName":"重名","organ":"000014349","roles":["OFFICER"],
                 "password":"another-password-1"}""");
        Reply unknownOrgan = api().as("secadmin").post("/api/v1/staff/users", """
                {"username":"nobody","displayName":"无机关","organ":"999999999","roles":["OFFICER"],
                 "password":"another-password-1"}""");
        Reply malformed = api().as("secadmin").post("/api/v1/staff/users", "{not json");

        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals("user_exists", duplicate.object().getString("error"));
        assertEquals("用户名 officer 已存在。", duplicate.object().getString("message"));
        assertEquals(400, unknownOrgan.status(), unknownOrgan::toString);
        assertTrue(unknownOrgan.object().getJsonObject("fields").containsKey("organ"));
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals("malformed_body", malformed.object().getString("error"));
        assertEquals("提交的内容不是有效的 JSON。", malformed.object().getString("message"));
    }

    @Test
    void administratorAddsAnOrganOnce() {
        Reply created = api().as("admin").post("/api/v1/staff/organs",
                "{\"code\":\"11430100MB1234567X\",\"name\":\"示范市数据局\"}");
        Reply again = api().as("admin").post("/api/v1/staff/organs",
                "{\"code\":\"11430100MB1234567X\",\"name\":\"示范市数据局\"}");
        Reply badCode = api().as("admin").post("/api/v1/staff/organs", "{\"code\":\"12\",\"name\":\"短代码\"}");

        assertEquals(201, created.status(), created::toString);
        assertEquals(409, again.status(), again::toString);
        assertEquals(400, badCode.status(), badCode::toString);
        assertEquals("机关代码须为 9 至 18 位字母或数字", badCode.object().getJsonObject("fields").getString("code"));
        assertTrue(api().get("/api/v1/organs").body().contains("示范市数据局"));
    }

    @Test
    void unknownApiPathIs404Json() {
        Reply reply = api().get("/api/v1/no-such-thing");

        assertEquals(404, reply.status());
        assertEquals("not_found", reply.object().getString("error"));
    }

    @Test
    void historyIsAppendOnly() throws SQLException {
        assertEquals(201, api().as("admin").post("/api/v1/staff/organs",
                "{\"code\":\"000055502\",\"name\":\"只增不改测试局\"}").status());
        String mine = "select count(*) from audit_event where item_id = '000055502' and actor = 'admin'"
                + " and event_type = 'ORGAN_CREATED'";
        assertEquals(1, count(mine), "the change left exactly one event");
        try (Connection connection = TestDatabase.connect()) {
            assertThrows(SQLException.class, () -> connection.createStatement()
                    .executeUpdate("update audit_event set actor = 'someone-else' where item_id = '000055502'"));
            assertThrows(SQLException.class, () -> connection.createStatement()
                    .executeUpdate("delete from audit_event where item_id = '000055502'"));
        }
        assertEquals(1, count(mine), "neither changed nor removed");
        // start-up records its own work too: the seeded demo administrator, by the system
        assertEquals(1, count("select count(*) from audit_event where actor = 'system' and item_type = 'STAFF_USER'"
                + " and item_id = 'admin' and event_type = 'USER_CREATED'"));
    }

    @Test
    void tamperingWithTheHistoryIsDetected() throws SQLException {
        api().as("admin").post("/api/v1/staff/organs", "{\"code\":\"000055501\",\"name\":\"审计测试局\"}");
        Reply intact = api().as("auditor").get("/api/v1/staff/audit/verify");
        assertEquals(200, intact.status(), intact::toString);
        assertTrue(intact.object().getBoolean("intact"), intact::toString);
        assertTrue(intact.object().getJsonNumber("sealed").longValue()
                >= count("select count(*) from audit_event where item_id = '000055501'"), "the new event is sealed");
        assertEquals(403, api().as("reviewer").get("/api/v1/staff/audit/verify").status());
        assertEquals(403, api().as("admin").get("/api/v1/staff/audit/verify").status(), "the trail belongs to the auditor");

        try (Connection connection = TestDatabase.connect()) {
            var statement = connection.createStatement();
            String original;
            try (var row = statement.executeQuery("select detail from audit_event where item_id = '000055501'")) {
                assertTrue(row.next(), "the organ's creation was recorded");
                original = row.getString(1);
            }
            long event = count("select id from audit_event where item_id = '000055501'");
            statement.execute("set session_replication_role = replica");
            try {
                statement.executeUpdate("update audit_event set detail = '篡改' where item_id = '000055501'");
                Reply tampered = api().as("auditor").get("/api/v1/staff/audit/verify");
                assertFalse(tampered.object().getBoolean("intact"), tampered::toString);
                assertEquals(event, tampered.object().getJsonNumber("firstBrokenEventId").longValue(), tampered::toString);
            } finally {
                // the history as it was, whatever failed above: the other tests verify the chain too
                try (var restore = connection.prepareStatement("update audit_event set detail = ? where item_id = '000055501'")) {
                    restore.setString(1, original);
                    restore.executeUpdate();
                }
                statement.execute("set session_replication_role = origin");
            }
        }
        assertTrue(api().as("auditor").get("/api/v1/staff/audit/verify").object().getBoolean("intact"),
                "restoring the original content restores the chain");
    }

    @Test
    void healthAndOpenApiAreReachable() {
        Reply health = api().get("/health/ready");
        Reply openApi = api().get("/openapi");

        assertEquals(200, health.status(), health::toString);
        assertEquals("UP", health.object().getString("status"));
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("/api/v1/staff/users"), "staff endpoints are described");
    }

    @Test
    void homePageIsChineseWithDemoContentAndSwitchesToEnglish() {
        Reply home = api().get("/");
        Reply english = api().header("Cookie", "gongkai-lang=en").get("/");

        assertEquals(200, home.status());
        assertTrue(home.body().contains("lang=\"zh-CN\""));
        assertTrue(home.body().contains("政府信息公开"));
        assertTrue(home.body().contains("示范市人民政府办公室"));
        assertTrue(english.body().contains("lang=\"en\""));
        assertTrue(english.body().contains("Open government information"));
    }

    @Test
    void staffPagesRedirectToLoginAndErrorsShowNoStackTrace() {
        Reply staff = api().get("/staff/");
        Reply missing = api().get("/no/such/page");

        assertEquals(302, staff.status());
        assertTrue(staff.header("Location").contains("/login?next="), staff.header("Location"));
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("页面不存在"));
        assertFalse(missing.body().contains("at org.") || missing.body().contains("Caused by"), "no stack trace");
    }

    private static String rolesOf(String username) {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select string_agg(role, ',') from staff_user_role where username = ?")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            return e.toString();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
