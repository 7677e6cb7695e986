package cn.fazhi.platform.calendar;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.BusinessException.FieldError;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads a year's holiday notice (published each November) or replaces a loaded one: validates it, writes it with an
 * audit record, bumps the calendar version, publishes {@link HolidayNoticeLoaded} and refreshes the in-memory
 * calendar after commit. Needs permission {@value #PERMISSION}. Nothing is written when any check fails.
 */
@Service
public class HolidayNoticeService {

    public static final String PERMISSION = "calendar:manage";

    private final CalendarStore store;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HolidayNoticeService(CalendarStore store, StatutoryCalendar calendar, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome: the notice as stored and the warnings (accepted but worth a second look). */
    public record LoadResult(HolidayNotice notice, boolean replaced, List<String> warnings) {
    }

    @Transactional
    public LoadResult load(NoticeInput input, FazhiPrincipal who) {
        if (who == null || !who.can(PERMISSION)) {
            throw BusinessException.forbidden("没有录入节假日安排的权限(需要“" + PERMISSION + "”)");
        }
        Validated v = validate(input);
        Optional<HolidayNotice> before = store.notice(v.notice.year());
        if (before.isPresent() && !input.replace()) {
            throw new BusinessException("NOTICE_EXISTS", v.notice.year() + "年度的节假日安排已录入(" + before.get().noticeNo()
                    + "),如需更正请选择“替换该年度”", 409, List.of(new FieldError("year", "该年度已录入")));
        }
        Map<LocalDate, Integer> clashes = store.daysOfOtherNotices(v.notice.year(),
                v.notice.days().stream().map(NoticeDay::date).toList());
        if (!clashes.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            new TreeMap<>(clashes).forEach((date, year) -> errors.add(new FieldError("offDays",
                    date + " 已由" + year + "年度的通知列出,不能重复列入")));
            throw new BusinessException("VALIDATION", "节假日安排与其他年度的通知重叠,未保存", 400, errors);
        }
        HolidayNotice notice = new HolidayNotice(v.notice.year(), v.notice.noticeNo(), v.notice.publishedOn(),
                v.notice.title(), v.notice.source(), v.notice.remarks(), who.getUsername(), clock.instant(), v.notice.days());
        before.ifPresent(b -> store.delete(b.year()));
        store.insert(notice);
        store.bumpVersion();
        audit.record(before.isPresent() ? "REPLACE" : "CREATE", "calendar_notice", String.valueOf(notice.year()),
                before.map(HolidayNoticeService::summary).orElse(null), summary(notice));
        events.publishEvent(new HolidayNoticeLoaded(notice.year(), notice.noticeNo(), before.isPresent()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.reload();
                }
            });
        } else {
            calendar.reload();
        }
        return new LoadResult(notice, before.isPresent(), v.warnings);
    }

    record Validated(HolidayNotice notice, List<String> warnings) {
    }

    /** Checks a notice without touching the database; throws one Chinese validation error listing every problem. */
    static Validated validate(NoticeInput in) {
        List<FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Integer year = in.year();
        if (year == null) {
            errors.add(new FieldError("year", "请填写年度"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "年度应在 2000 至 2100 之间(收到 " + year + ")"));
            year = null;
        }
        String noticeNo = trim(in.noticeNo());
        if (noticeNo == null) {
            errors.add(new FieldError("noticeNo", "请填写通知文号,例如 国办发明电〔2025〕7号"));
        } else if (noticeNo.length() > 100) {
            errors.add(new FieldError("noticeNo", "通知文号过长(最多 100 个字符)"));
        }
        LocalDate publishedOn = null;
        if (trim(in.publishedOn()) == null) {
            errors.add(new FieldError("publishedOn", "请填写通知的发布日期"));
        } else {
            publishedOn = parseDate(in.publishedOn(), "publishedOn", "发布日期", errors);
            if (publishedOn != null && year != null && publishedOn.getYear() > year) {
                errors.add(new FieldError("publishedOn", "发布日期 " + publishedOn + " 晚于" + year + "年度,请检查"));
            }
        }
        checkLength(in.title(), "title", "通知标题", 200, errors);
        checkLength(in.source(), "source", "来源", 500, errors);
        checkLength(in.remarks(), "remarks", "备注", 2000, errors);
        if (in.offDays().isEmpty()) {
            errors.add(new FieldError("offDays", "请至少列出一个放假日期"));
        }
        Map<LocalDate, NoticeDay> days = new LinkedHashMap<>();
        collect(in.offDays(), DayKind.OFF, "offDays", year, noticeNo, days, errors);
        collect(in.workdays(), DayKind.WORK, "workdays", year, noticeNo, days, errors);
        if (!errors.isEmpty()) {
            throw new BusinessException("VALIDATION", "节假日安排有 " + errors.size() + " 处错误,未保存", 400, errors);
        }
        warnLoneWeekendOffDays(days, warnings);
        List<NoticeDay> sorted = days.values().stream().sorted(java.util.Comparator.comparing(NoticeDay::date)).toList();
        String title = trim(in.title()) != null ? trim(in.title()) : "国务院办公厅关于" + year + "年部分节假日安排的通知";
        return new Validated(new HolidayNotice(year, noticeNo, publishedOn, title, trim(in.source()), trim(in.remarks()),
                null, null, sorted), warnings);
    }

    private static void collect(List<NoticeInput.DayInput> list, DayKind kind, String field, Integer year,
            String noticeNo, Map<LocalDate, NoticeDay> days, List<FieldError> errors) {
        String what = kind == DayKind.OFF ? "放假日期" : "调休上班日期";
        int i = 0;
        for (NoticeInput.DayInput in : list) {
            i++;
            String at = what + "第" + i + "项";
            if (in == null || trim(in.date()) == null) {
                errors.add(new FieldError(field, at + ": 请填写日期"));
                continue;
            }
            LocalDate date = parseDate(in.date(), field, at, errors);
            if (date == null) {
                continue;
            }
            if (year != null && !withinNoticeYear(date, year)) {
                errors.add(new FieldError(field, at + ": " + date + " 不在" + year + "年度内(仅允许本年度日期,以及元旦假期"
                        + "涉及的上年 12 月 24 日至 31 日)"));
                continue;
            }
            String name = trim(in.name());
            if (kind == DayKind.OFF && name == null) {
                errors.add(new FieldError(field, at + ": " + date + " 缺少节日名称,例如“" + date + " 元旦”"));
                continue;
            }
            if (name != null && name.length() > 100) {
                errors.add(new FieldError(field, at + ": 节日名称过长(最多 100 个字符)"));
                continue;
            }
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == DayKind.WORK && !weekend) {
                // A make-up working day only makes sense on a Saturday or Sunday: weekdays are working days anyway.
                errors.add(new FieldError(field, at + ": " + date + " 是" + weekdayName(date) + ",调休上班日必须是星期六或星期日"));
                continue;
            }
            NoticeDay earlier = days.get(date);
            if (earlier != null) {
                errors.add(new FieldError(field, at + ": " + date + (earlier.kind() == kind ? " 重复列出"
                        : " 不能既是放假日又是调休上班日")));
                continue;
            }
            String rowNotice = trim(in.noticeNo()) != null ? trim(in.noticeNo()) : noticeNo;
            days.put(date, new NoticeDay(date, kind, name != null ? name : "调休上班", rowNotice));
        }
    }

    /**
     * A listed day off on a plain Saturday or Sunday changes nothing unless it belongs to a holiday block (a run of
     * days off and weekend days containing a weekday off, e.g. 2015-06-20 with its 补休 on 06-22). A lone one is
     * accepted, since notices do list a holiday falling on a weekend (2015-09-27 中秋节), but it is flagged.
     */
    private static void warnLoneWeekendOffDays(Map<LocalDate, NoticeDay> days, List<String> warnings) {
        Map<LocalDate, Boolean> blockHasWeekdayOff = new HashMap<>();
        for (NoticeDay d : days.values()) {
            if (d.kind() != DayKind.OFF || !isWeekend(d.date())) {
                continue;
            }
            boolean inBlock = blockHasWeekdayOff.computeIfAbsent(d.date(), k -> blockHasWeekdayOff(days, k));
            if (!inBlock) {
                warnings.add(d.date() + "(" + weekdayName(d.date()) + ")" + d.name() + " 本为周末休息日,且不与工作日放假相连;"
                        + "已按通知列入,请核对是否遗漏补休日");
            }
        }
    }

    private static boolean blockHasWeekdayOff(Map<LocalDate, NoticeDay> days, LocalDate start) {
        for (int dir : new int[] {-1, 1}) {
            LocalDate d = start;
            while (true) {
                d = d.plusDays(dir);
                NoticeDay listed = days.get(d);
                if (listed != null && listed.kind() == DayKind.OFF) {
                    if (!isWeekend(d)) {
                        return true;
                    }
                } else if (listed != null || !isWeekend(d)) {
                    break;
                }
            }
        }
        return false;
    }

    static boolean withinNoticeYear(LocalDate date, int year) {
        return date.getYear() == year
                || (date.getYear() == year - 1 && date.getMonthValue() == 12 && date.getDayOfMonth() >= 24);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static String weekdayName(LocalDate d) {
        return "星期" + "一二三四五六日".charAt(d.getDayOfWeek().getValue() - 1);
    }

    private static LocalDate parseDate(String text, String field, String what, List<FieldError> errors) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, what + ": “" + text + "”不是有效日期,请按 2027-01-01 的格式填写"));
            return null;
        }
    }

    private static void checkLength(String text, String field, String what, int max, List<FieldError> errors) {
        if (text != null && text.trim().length() > max) {
            errors.add(new FieldError(field, what + "过长(最多 " + max + " 个字符)"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The audit form of a notice: its header and its days as "date kind name". */
    static Map<String, Object> summary(HolidayNotice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", n.year());
        m.put("noticeNo", n.noticeNo());
        m.put("publishedOn", n.publishedOn() == null ? null : n.publishedOn().toString());
        m.put("title", n.title());
        m.put("source", n.source());
        m.put("remarks", n.remarks());
        m.put("offDays", n.days().stream().filter(d -> d.kind() == DayKind.OFF)
                .map(d -> d.date() + " " + d.name() + (d.noticeNo().equals(n.noticeNo()) ? "" : " " + d.noticeNo())).toList());
        m.put("workdays", n.days().stream().filter(d -> d.kind() == DayKind.WORK)
                .map(d -> d.date() + " " + d.name() + (d.noticeNo().equals(n.noticeNo()) ? "" : " " + d.noticeNo())).toList());
        return m;
    }
}
