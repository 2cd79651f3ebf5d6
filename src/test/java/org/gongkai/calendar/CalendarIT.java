package org.gongkai.calendar;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.gongkai.calendar.entity.NamedDay;
import org.gongkai.calendar.control.StateCouncilNotices;
import org.gongkai.calendar.entity.YearArrangement;
import org.gongkai.testing.Api.Reply;
import org.gongkai.testing.Browser;
import org.gongkai.testing.PortalDeployment;
import org.gongkai.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The working-day calendar as its callers meet it: the public deadline calculator (API and page),
 * the seeded 2025 and 2026 notices, and an administrator entering 2027, which turns provisional
 * answers into definite ones at once and leaves a trace in the history.
 */
class CalendarIT extends PortalDeployment {

    private static final String NOTICE_2027 = """
            {"holidays":[{"date":"2027-01-01","name":"元旦"},{"date":"2027-02-08","name":"春节"}],
             "workdays":[{"date":"2027-02-06","name":"春节调休"}]}""";

    /** The database outlives this class's server: leave 2027 unentered for the next IT class. */
    @AfterAll
    static void forget2027() throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            connection.createStatement().executeUpdate("delete from calendar_year where year = 2027");
        }
    }

    @Test
    void workedExampleReceivedFriday13FebruaryIsDueThursday19March() {
        Reply reply = api().get("/api/v1/calendar/due-date?from=2026-02-13&workingDays=20");

        assertEquals(200, reply.status(), reply::toString);
        JsonObject body = reply.object();
        assertEquals("2026-02-13", body.getString("from"));
        assertEquals(20, body.getInt("workingDays"));
        assertEquals("2026-03-19", body.getString("due"));
        assertFalse(body.getBoolean("provisional"));
    }

    @Test
    void badParametersAre400WithTheProblemPerField() {
        Reply zero = api().get("/api/v1/calendar/due-date?from=2026-02-13&workingDays=0");
        Reply tooMany = api().get("/api/v1/calendar/due-date?from=2026-02-13&workingDays=1001");
        Reply noSuchDay = api().get("/api/v1/calendar/due-date?from=2026-02-30&workingDays=20");
        Reply nothing = api().get("/api/v1/calendar/due-date");

        for (Reply reply : List.of(zero, tooMany, noSuchDay, nothing)) {
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("invalid_input", reply.object().getString("error"));
            assertEquals("提交的信息有误，请按提示更正。", reply.object().getString("message"));
        }
        assertEquals("须为 1 至 1000 之间的整数", zero.object().getJsonObject("fields").getString("workingDays"));
        assertEquals("须为 1 至 1000 之间的整数", tooMany.object().getJsonObject("fields").getString("workingDays"));
        assertFalse(tooMany.object().getJsonObject("fields").containsKey("from"));
        assertTrue(noSuchDay.object().getJsonObject("fields").getString("from").contains("不是有效日期"),
                noSuchDay::toString);
        assertTrue(nothing.object().getJsonObject("fields").containsKey("from"));
        assertTrue(nothing.object().getJsonObject("fields").containsKey("workingDays"));
    }

    @Test
    void year2027IsProvisionalUntilTheAdministratorEntersItsNotice() throws SQLException {
        Reply before = api().get("/api/v1/calendar/due-date?from=2026-12-31&workingDays=1");
        assertEquals("2027-01-04", before.object().getString("due"), "元旦 is off by law before any notice");
        assertTrue(before.object().getBoolean("provisional"));
        assertEquals("2027-02-09", api().get("/api/v1/calendar/due-date?from=2027-02-04&workingDays=1")
                .object().getString("due"), "除夕 to 初三 (5–8 Feb 2027) are off by law before any notice");
        assertFalse(api().as("admin").get("/api/v1/staff/calendar/2027").object().getBoolean("entered"));
        try {
            enterAndCorrect2027();
        } finally {
            // 2027 is not entered for the tests that follow (the next server reads the calendar afresh)
            execute("delete from calendar_year where year = 2027");
        }
    }

    private void enterAndCorrect2027() throws SQLException {
        Reply entered = api().as("admin").put("/api/v1/staff/calendar/2027", NOTICE_2027);

        assertEquals(200, entered.status(), entered::toString);
        assertTrue(entered.object().getBoolean("entered"));
        assertEquals("admin", entered.object().getString("updatedBy"));
        assertEquals("2027-02-06", entered.object().getJsonArray("workdays").getJsonObject(0).getString("date"));
        Reply after = api().get("/api/v1/calendar/due-date?from=2026-12-31&workingDays=1");
        assertEquals("2027-01-04", after.object().getString("due"), "1 Jan 2027 a day off by the notice, 2–3 Jan a weekend");
        assertFalse(after.object().getBoolean("provisional"));
        Reply makeUpSaturday = api().get("/api/v1/calendar/due-date?from=2027-02-05&workingDays=1");
        assertEquals("2027-02-06", makeUpSaturday.object().getString("due"), makeUpSaturday::toString);
        assertEquals(1, count("select count(*) from audit_event where item_type = 'CALENDAR_YEAR' and item_id = '2027'"
                + " and event_type = 'CALENDAR_YEAR_ENTERED' and actor = 'admin'"));

        Reply corrected = api().as("admin").put("/api/v1/staff/calendar/2027",
                "{\"holidays\":[{\"date\":\"2027-01-01\",\"name\":\"元旦\"}],\"workdays\":[]}");

        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(0, corrected.object().getJsonArray("workdays").size());
        assertEquals("2027-02-08", api().get("/api/v1/calendar/due-date?from=2027-02-05&workingDays=1")
                .object().getString("due"), "the make-up Saturday is gone, 8 Feb is a working day again");
        assertEquals(1, count("select count(*) from audit_event where item_type = 'CALENDAR_YEAR' and item_id = '2027'"
                + " and event_type = 'CALENDAR_YEAR_CHANGED' and detail like '%-2027-02-06%'"));
    }

    @Test
    void onlyAdministratorsReadAndChangeTheCalendar() throws SQLException {
        Reply officerPut = api().as("officer").put("/api/v1/staff/calendar/2026", NOTICE_2027.replace("2027", "2026"));
        Reply officerGet = api().as("officer").get("/api/v1/staff/calendar/2026");
        Reply anonymousPut = api().put("/api/v1/staff/calendar/2026", NOTICE_2027.replace("2027", "2026"));

        assertEquals(403, officerPut.status(), officerPut::toString);
        assertEquals("forbidden", officerPut.object().getString("error"));
        assertEquals(403, officerGet.status(), officerGet::toString);
        assertEquals(401, anonymousPut.status(), anonymousPut::toString);
        // Other features' tests share the database and may change 2026 as an administrator: count the refused callers'.
        assertEquals(0, count("select count(*) from audit_event where item_type = 'CALENDAR_YEAR' and item_id = '2026'"
                + " and event_type <> 'CALENDAR_YEAR_SEEDED' and actor <> 'admin'"), "nothing changed");
        assertEquals("2026-03-19", api().get("/api/v1/calendar/due-date?from=2026-02-13&workingDays=20")
                .object().getString("due"));
    }

    @Test
    void badNoticeIs400WithAChineseProblemPerDayAndChangesNothing() throws SQLException {
        Reply reply = api().as("admin").put("/api/v1/staff/calendar/2028", """
                {"holidays":[{"date":"2027-12-31","name":"元旦"},{"date":"2028-01-01","name":""}],
                 "workdays":[{"date":"2028-01-03","name":"调休"},{"date":"2028-02-30"}]}""");
        Reply malformed = api().as("admin").put("/api/v1/staff/calendar/2028", "{not json");

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("calendar_year_invalid", reply.object().getString("error"));
        assertEquals("节假日安排有误，请按各项提示更正。", reply.object().getString("message"));
        JsonObject fields = reply.object().getJsonObject("fields");
        assertEquals("2027-12-31 不在 2028 年内", fields.getString("holidays[0].date"));
        assertEquals("请填写节日名称（如 春节）", fields.getString("holidays[1].name"));
        assertEquals("2028-01-03 是星期一，调休上班日须为星期六或星期日", fields.getString("workdays[0].date"));
        assertTrue(fields.getString("workdays[1].date").contains("不是有效日期"), reply::toString);
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals(0, count("select count(*) from calendar_year where year = 2028"));
        assertTrue(api().get("/api/v1/calendar/due-date?from=2028-03-01&workingDays=5")
                .object().getBoolean("provisional"));
    }

    @Test
    void seededNoticesAreDomainTablesOf2025And2026() {
        for (YearArrangement expected : List.of(StateCouncilNotices.year2025(), StateCouncilNotices.year2026())) {
            Reply reply = api().as("admin").get("/api/v1/staff/calendar/" + expected.year());

            assertEquals(200, reply.status(), reply::toString);
            assertTrue(reply.object().getBoolean("entered"));
            assertEquals(dates(expected.holidays()), dates(reply.object().getJsonArray("holidays")), "days off");
            assertEquals(dates(expected.makeUpWorkdays()), dates(reply.object().getJsonArray("workdays")), "make-up days");
        }
        Reply year2026 = api().as("admin").get("/api/v1/staff/calendar/2026");
        assertTrue(year2026.body().contains("{\"date\":\"2026-02-17\",\"name\":\"春节\"}"), year2026::toString);
    }

    @Test
    void publicPageShowsTheDueDateAsAnOfficialWritesIt() {
        Reply today = api().get("/calendar");
        Reply linked = api().get("/calendar?from=2030-03-01&workingDays=20");
        Reply english = api().header("Cookie", "gongkai-lang=en").get("/calendar?from=2026-02-13&workingDays=20");
        Reply badLink = api().get("/calendar?from=2026-02-30");
        Reply home = api().get("/");

        assertEquals(200, today.status(), today::toString);
        assertTrue(today.body().contains("2026年3月19日 星期四"), "20 working days from today, 13 Feb 2026");
        assertFalse(today.body().contains("id=\"provisional\""));
        assertTrue(linked.body().contains("id=\"provisional\""), "2030 has no notice yet");
        assertTrue(english.body().contains("Thursday 19 March 2026"));
        assertTrue(badLink.body().contains("起算日期无效"), badLink::toString);
        assertTrue(home.body().contains("/calendar\">期限计算</a>"), "linked from the site navigation");
    }

    @Test
    void visitorCalculatesInTheBrowserAndThePageIsAccessible() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(base() + "/calendar");
            browser.assertAccessible();

            WebElement from = driver.findElement(By.id("dueDate:from"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2025-09-30';", from);
            WebElement workingDays = driver.findElement(By.id("dueDate:workingDays"));
            workingDays.clear();
            workingDays.sendKeys("4");
            driver.findElement(By.id("dueDate:calculate")).click();

            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("due"), "2025年10月13日 星期一"));
            browser.assertAccessible();

            // The browser itself refuses 0 (min="1"); switch that off to see the server's own check.
            ((JavascriptExecutor) driver).executeScript("document.getElementById('dueDate').noValidate = true;");
            workingDays = driver.findElement(By.id("dueDate:workingDays"));
            workingDays.clear();
            workingDays.sendKeys("0");
            driver.findElement(By.id("dueDate:calculate")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".gk-calendar form"), "工作日天数须为 1 至 1000 之间的整数"));
            browser.assertAccessible();
        }
    }

    @Test
    void openApiDescribesTheCalendar() {
        String openApi = api().get("/openapi").body();

        assertTrue(openApi.contains("/api/v1/calendar/due-date"), "public calculator");
        assertTrue(openApi.contains("/api/v1/staff/calendar/{year"), "staff calendar");
    }

    private static List<String> dates(List<NamedDay> days) {
        return days.stream().map(day -> day.date().toString()).sorted().toList();
    }

    private static List<String> dates(JsonArray days) {
        return days.getValuesAs(JsonObject.class).stream().map(day -> day.getString("date")).sorted().toList();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            connection.createStatement().executeUpdate(sql);
        }
    }
}
