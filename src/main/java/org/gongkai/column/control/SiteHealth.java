package org.gongkai.column.control;

import org.gongkai.column.entity.ColumnType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The health of the site as the government-website inspection sees it (国办秘函〔2019〕19号, applying
 * the 2015 普查 veto lines), and the warnings that should go out before a line is crossed. Pure: the
 * caller gives the facts and today.
 * <p>
 * A column is EMPTY without any publication; OVERDUE when idle longer than its cycle; DUE_SOON when
 * the cycle ends within the lead ({@link Settings#leadDays}, at least a quarter of the cycle, so that
 * a yearly column is warned weeks ahead and a fortnightly one days ahead); else OK. The veto lines,
 * each crossed when {@code count ≥ limit}:
 * <ul>
 * <li>{@code HOME_PAGE_IDLE}: the home page not updated for more than 2 weeks (idle days, limit 15);</li>
 * <li>{@code NEWS_STALE}: 5 or more 动态要闻 columns not updated for 2 weeks;</li>
 * <li>{@code POLICY_STALE}: any 通知公告/政策文件 column not updated for 6 months (limit 1);</li>
 * <li>{@code COLUMNS_STALE}: 10 or more columns not updated within their own cycle (plans and reports: 1 year);</li>
 * <li>{@code EMPTY_COLUMNS}: 5 or more empty columns;</li>
 * <li>{@code MESSAGES_UNANSWERED}: any message left unanswered over 3 months (limit 1).</li>
 * </ul>
 * Each line also has a warning level (commercial monitors warn at 10 days for the home page, at 2
 * empty columns, at 6 stale ones), configurable in {@link Settings}.
 */
public final class SiteHealth {

    public enum State { OK, DUE_SOON, OVERDUE, EMPTY }

    /** What the health of one column is computed from. */
    public record ColumnFacts(String code, String name, ColumnType type, int cycleDays, LocalDate lastPublishedOn,
                              String editor, String backupEditor, String contactEmail) {
    }

    /** One column's standing today; {@code idleDays} null when it is empty. */
    public record ColumnHealth(ColumnFacts column, Integer idleDays, State state) {
    }

    /** One veto line: crossed ({@code failing}) when count ≥ limit; {@code warning} from {@code warnAt} on. */
    public record Check(String check, long count, long limit, boolean failing, long warnAt, boolean warning) {
    }

    /** An e-mail to send once: {@code key} says which occasion it is (the claim's key). */
    public record Warning(String key, String to, String subject, String body) {
    }

    /** The warning levels; the veto lines themselves are the inspection's and fixed. */
    public record Settings(int leadDays, int homeWarnDays, int newsStaleWarn, int policyWarnDays, int staleWarn,
                           int emptyWarn) {
        public static final Settings DEFAULTS = new Settings(4, 10, 3, 150, 6, 2);
    }

    public static final int HOME_LIMIT_DAYS = 15;
    public static final int NEWS_STALE_DAYS = 14;
    public static final int NEWS_STALE_LIMIT = 5;
    public static final int POLICY_STALE_DAYS = 180;
    public static final int STALE_LIMIT = 10;
    public static final int EMPTY_LIMIT = 5;

    private SiteHealth() {
    }

    /** The lead of a cycle: the configured days, at least a quarter of the cycle, less than the cycle. */
    public static int lead(int cycleDays, int leadDays) {
        return Math.max(0, Math.min(cycleDays - 1, Math.max(leadDays, cycleDays / 4)));
    }

    public static ColumnHealth of(ColumnFacts column, LocalDate today, int leadDays) {
        if (column.lastPublishedOn() == null) {
            return new ColumnHealth(column, null, State.EMPTY);
        }
        int idle = (int) Math.max(0, ChronoUnit.DAYS.between(column.lastPublishedOn(), today));
        State state = idle > column.cycleDays() ? State.OVERDUE
                : idle >= column.cycleDays() - lead(column.cycleDays(), leadDays) ? State.DUE_SOON : State.OK;
        return new ColumnHealth(column, idle, state);
    }

    /**
     * The veto lines today.
     *
     * @param homeIdleDays         days since the home page last showed something new
     * @param unansweredOver3Months messages received more than 3 months ago and still unanswered
     * @param unansweredNearLine    messages received more than the warning period ago and still unanswered
     */
    public static List<Check> checks(List<ColumnHealth> columns, long homeIdleDays, long unansweredOver3Months,
                                     long unansweredNearLine, Settings settings) {
        List<Check> checks = new ArrayList<>();
        checks.add(check("HOME_PAGE_IDLE", homeIdleDays, HOME_LIMIT_DAYS, settings.homeWarnDays(), homeIdleDays));
        long newsStale = count(columns, h -> h.column().type() == ColumnType.NEWS && h.idleDays() != null
                && h.idleDays() > NEWS_STALE_DAYS);
        long newsNear = count(columns, h -> h.column().type() == ColumnType.NEWS && h.idleDays() != null
                && h.idleDays() > NEWS_STALE_DAYS - settings.leadDays());
        checks.add(check("NEWS_STALE", newsStale, NEWS_STALE_LIMIT, settings.newsStaleWarn(), newsNear));
        long policyStale = count(columns, h -> h.column().type() == ColumnType.POLICY && h.idleDays() != null
                && h.idleDays() > POLICY_STALE_DAYS);
        long policyNear = count(columns, h -> h.column().type() == ColumnType.POLICY && h.idleDays() != null
                && h.idleDays() >= settings.policyWarnDays());
        checks.add(check("POLICY_STALE", policyStale, 1, 1, policyNear));
        long stale = count(columns, h -> h.state() == State.OVERDUE);
        long staleNear = count(columns, h -> h.state() == State.OVERDUE || h.state() == State.DUE_SOON);
        checks.add(check("COLUMNS_STALE", stale, STALE_LIMIT, settings.staleWarn(), staleNear));
        long empty = count(columns, h -> h.state() == State.EMPTY);
        checks.add(check("EMPTY_COLUMNS", empty, EMPTY_LIMIT, settings.emptyWarn(), empty));
        checks.add(check("MESSAGES_UNANSWERED", unansweredOver3Months, 1, 1, unansweredNearLine));
        return checks;
    }

    /**
     * The e-mails due today: to each column's editor (at the column's address, else the site's) when
     * it becomes DUE_SOON and when it becomes OVERDUE, once per last publication; to the site's address
     * when a veto line reaches its warning level, once per line and month (the home page: once per
     * idle stretch).
     */
    public static List<Warning> warnings(List<ColumnHealth> columns, List<Check> checks, LocalDate homeLastUpdate,
                                         LocalDate today, String siteAddress) {
        List<Warning> warnings = new ArrayList<>();
        for (ColumnHealth health : columns) {
            ColumnFacts c = health.column();
            String to = c.contactEmail() != null ? c.contactEmail() : siteAddress;
            if (to == null || (health.state() != State.DUE_SOON && health.state() != State.OVERDUE)) {
                continue;
            }
            boolean overdue = health.state() == State.OVERDUE;
            String subject = "【网站栏目】" + c.name() + (overdue ? "已超过更新周期" : "即将超过更新周期");
            String body = "栏目“" + c.name() + "”（" + c.code() + "）最近一次更新为" + c.lastPublishedOn() + "，已"
                    + health.idleDays() + "天未更新，更新周期为" + c.cycleDays() + "天。\n责任编辑：" + c.editor()
                    + (c.backupEditor() == null ? "" : "，备岗编辑：" + c.backupEditor())
                    + "。\n请及时更新；不能保障更新的栏目应当整合或关闭（国办发〔2017〕47号）。";
            warnings.add(new Warning("column:" + c.code() + ":" + health.state() + ":" + c.lastPublishedOn(), to, subject,
                    body));
        }
        if (siteAddress != null) {
            String month = today.toString().substring(0, 7);
            for (Check check : checks) {
                if (!check.warning() && !check.failing()) {
                    continue;
                }
                String occasion = "HOME_PAGE_IDLE".equals(check.check()) ? String.valueOf(homeLastUpdate) : month;
                String subject = "【网站检查】" + label(check.check()) + (check.failing() ? "已触及单项否决" : "接近单项否决");
                String body = label(check.check()) + "：当前 " + check.count() + "，否决线 " + check.limit() + "，预警线 "
                        + check.warnAt() + "（国办秘函〔2019〕19号）。";
                warnings.add(new Warning("line:" + check.check() + ":" + (check.failing() ? "FAILING" : "WARNING") + ":"
                        + occasion, siteAddress, subject, body));
            }
        }
        return warnings;
    }

    /** The Chinese name of a veto line. */
    public static String label(String check) {
        return switch (check) {
            case "HOME_PAGE_IDLE" -> "首页超过2周未更新";
            case "NEWS_STALE" -> "动态要闻类栏目超过2周未更新";
            case "POLICY_STALE" -> "通知公告、政策文件类栏目超过6个月未更新";
            case "COLUMNS_STALE" -> "应更新未更新的栏目";
            case "EMPTY_COLUMNS" -> "空白栏目";
            case "MESSAGES_UNANSWERED" -> "留言超过3个月未答复";
            default -> check;
        };
    }

    private static Check check(String name, long count, long limit, long warnAt, long nearCount) {
        return new Check(name, count, limit, count >= limit, warnAt, nearCount >= warnAt);
    }

    private static long count(List<ColumnHealth> columns, Predicate<ColumnHealth> test) {
        return columns.stream().filter(test).count();
    }
}
