package cn.fazhi.platform.calendar.web;

import cn.fazhi.platform.calendar.HolidayNotice;
import cn.fazhi.platform.calendar.HolidayNoticeService;
import cn.fazhi.platform.calendar.NoticeDay;
import cn.fazhi.platform.calendar.NoticeInput;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statutory calendar over HTTP: deadlines, working days and the loaded holiday notices. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "法定期间与节假日", description = "期间计算(工作日、自然日、月)与国务院办公厅节假日安排")
class CalendarApi {

    private final StatutoryCalendar calendar;
    private final HolidayNoticeService notices;

    CalendarApi(StatutoryCalendar calendar, HolidayNoticeService notices) {
        this.calendar = calendar;
        this.notices = notices;
    }

    @GetMapping("/due")
    @Operation(summary = "计算期间届满日",
            description = "起算日不计入;WORKING_DAYS 只计工作日(调休上班日计入);NATURAL_DAYS 与 MONTHS 的最后一日为休息日或节假日的顺延至其后第一个工作日。"
                    + "涉及尚未公布节假日安排的年度时 provisional=true(待公布)。")
    DueView due(@Parameter(description = "起算日期,ISO 格式,如 2025-09-26") @RequestParam(required = false) String from,
            @Parameter(description = "期间数量,1 以上的整数") @RequestParam(required = false) String amount,
            @Parameter(description = "WORKING_DAYS、NATURAL_DAYS 或 MONTHS") @RequestParam(required = false) String unit,
            @Parameter(description = "期间的法律依据(可选),如 行政复议法(2023)第三十条") @RequestParam(required = false) String basis) {
        return DueView.of(DueQuery.compute(calendar, from, amount, unit, basis));
    }

    /** One day as the calendar sees it. */
    record DayView(LocalDate date, boolean workday, boolean provisional, String kind, String name, String noticeNo) {
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "查询某日是否为工作日")
    DayView day(@PathVariable String date) {
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("date", "日期“" + date + "”不是有效日期,请按 2025-10-11 的格式填写");
        }
        NoticeDay listed = calendar.day(d).orElse(null);
        return new DayView(d, calendar.isWorkday(d), calendar.isProvisional(d),
                listed == null ? null : listed.kind().name(), listed == null ? null : listed.name(),
                listed == null ? null : listed.noticeNo());
    }

    /** A loaded notice; {@code days} only when one year is asked for. */
    record NoticeView(int year, String noticeNo, LocalDate publishedOn, String title, String source, String remarks,
            String loadedBy, Instant loadedAt, long offDays, long workdays, List<NoticeDay> days) {

        static NoticeView of(HolidayNotice n, boolean withDays) {
            return new NoticeView(n.year(), n.noticeNo(), n.publishedOn(), n.title(), n.source(), n.remarks(),
                    n.loadedBy(), n.loadedAt(), n.offCount(), n.workCount(), withDays ? n.days() : null);
        }
    }

    @GetMapping("/notices")
    @Operation(summary = "已录入的年度节假日安排(新年度在前)")
    List<NoticeView> notices() {
        return calendar.notices().stream().map(n -> NoticeView.of(n, false)).toList();
    }

    @GetMapping("/notices/{year}")
    @Operation(summary = "某年度的节假日安排及其全部日期")
    NoticeView notice(@PathVariable int year) {
        return calendar.notice(year).map(n -> NoticeView.of(n, true))
                .orElseThrow(() -> new BusinessException("NOT_FOUND", year + "年度的节假日安排尚未录入(待公布)", 404));
    }

    /** The answer to a load: the stored notice and any warnings. */
    record LoadView(NoticeView notice, boolean replaced, List<String> warnings) {
    }

    @PostMapping("/notices")
    @Operation(summary = "录入新年度的节假日安排(需要 calendar:manage)",
            description = "JSON: year, noticeNo, publishedOn, offDays[{date,name}], workdays[{date,name}];replace=true 替换已录入的年度。")
    ResponseEntity<LoadView> load(@RequestBody NoticeInput input) {
        HolidayNoticeService.LoadResult r = notices.load(input, CurrentUser.get());
        return ResponseEntity.status(r.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new LoadView(NoticeView.of(r.notice(), true), r.replaced(), r.warnings()));
    }

    @PutMapping("/notices/{year}")
    @Operation(summary = "替换某年度的节假日安排(更正或补充通知,需要 calendar:manage)")
    LoadView replace(@PathVariable int year, @RequestBody NoticeInput input) {
        if (input.year() != null && input.year() != year) {
            throw BusinessException.invalid("year", "请求体中的年度 " + input.year() + " 与地址中的年度 " + year + " 不一致");
        }
        NoticeInput in = new NoticeInput(year, input.noticeNo(), input.publishedOn(), input.title(), input.source(),
                input.remarks(), input.offDays(), input.workdays(), true);
        HolidayNoticeService.LoadResult r = notices.load(in, CurrentUser.get());
        return new LoadView(NoticeView.of(r.notice(), true), r.replaced(), r.warnings());
    }
}
