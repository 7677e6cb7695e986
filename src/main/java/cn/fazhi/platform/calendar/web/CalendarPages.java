package cn.fazhi.platform.calendar.web;

import cn.fazhi.platform.calendar.HolidayTable;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /calendar}: a year's holidays and make-up working days, and a deadline calculator (any signed-in user). */
@Controller
class CalendarPages {

    private final StatutoryCalendar calendar;
    private final Clock clock;

    CalendarPages(StatutoryCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String from,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String unit, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = parseYear(year, today.getYear());
        HolidayTable table = calendar.snapshot();
        model.addAttribute("year", y);
        model.addAttribute("months", YearGrid.of(y, table));
        model.addAttribute("notice", calendar.notice(y).orElse(null));
        model.addAttribute("loadedYears", table.loadedYears().stream().sorted().toList());
        model.addAttribute("units", PeriodUnit.values());
        model.addAttribute("from", from != null ? from : today.toString());
        model.addAttribute("amount", amount != null ? amount : "5");
        model.addAttribute("unit", unit != null ? unit : PeriodUnit.WORKING_DAYS.name());
        if (from != null || amount != null || unit != null) {
            addResult(model, from, amount, unit);
        }
        return "calendar/index";
    }

    /** The htmx target of the calculator form: only the result box; input errors are shown in it, never as a page. */
    @GetMapping("/calendar/due")
    String due(@RequestParam(required = false) String from, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String unit, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        if (htmx == null) {
            return "redirect:/calendar?from=" + enc(from) + "&amount=" + enc(amount) + "&unit=" + enc(unit);
        }
        addResult(model, from, amount, unit);
        return "calendar/index :: dueResult";
    }

    private void addResult(Model model, String from, String amount, String unit) {
        try {
            model.addAttribute("result", DueView.of(DueQuery.compute(calendar, from, amount, unit, null)));
        } catch (BusinessException e) {
            model.addAttribute("errors", e.fieldErrors().isEmpty() ? java.util.List.of(e.getMessage())
                    : e.fieldErrors().stream().map(BusinessException.FieldError::message).toList());
        }
    }

    private static int parseYear(String year, int fallback) {
        if (year == null || year.isBlank()) {
            return fallback;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y >= 1990 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException e) {
            // fall through to the Chinese error below
        }
        throw BusinessException.invalid("year", "年度“" + year + "”无效,请输入 1990 至 2200 之间的年份");
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
