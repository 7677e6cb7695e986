package cn.fazhi.platform.calendar.web;

import cn.fazhi.platform.calendar.DayKind;
import cn.fazhi.platform.calendar.HolidayNotice;
import cn.fazhi.platform.calendar.HolidayNoticeService;
import cn.fazhi.platform.calendar.NoticeInput;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.BusinessException.FieldError;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/calendar}: the loaded years and the form to enter (or replace) a year's notice. */
@Controller
class CalendarAdminPages {

    private final StatutoryCalendar calendar;
    private final HolidayNoticeService notices;
    private final Clock clock;

    CalendarAdminPages(StatutoryCalendar calendar, HolidayNoticeService notices, Clock clock) {
        this.calendar = calendar;
        this.notices = notices;
        this.clock = clock;
    }

    /** The form as posted; the days are textareas, one line per day or range. */
    public static class NoticeForm {
        private String year;
        private String noticeNo;
        private String publishedOn;
        private String title;
        private String source;
        private String remarks;
        private String offDays;
        private String workdays;
        private boolean replace;

        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getNoticeNo() { return noticeNo; }
        public void setNoticeNo(String noticeNo) { this.noticeNo = noticeNo; }
        public String getPublishedOn() { return publishedOn; }
        public void setPublishedOn(String publishedOn) { this.publishedOn = publishedOn; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getRemarks() { return remarks; }
        public void setRemarks(String remarks) { this.remarks = remarks; }
        public String getOffDays() { return offDays; }
        public void setOffDays(String offDays) { this.offDays = offDays; }
        public String getWorkdays() { return workdays; }
        public void setWorkdays(String workdays) { this.workdays = workdays; }
        public boolean isReplace() { return replace; }
        public void setReplace(boolean replace) { this.replace = replace; }
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) Integer edit, Model model) {
        requireManager();
        NoticeForm form = new NoticeForm();
        HolidayNotice toEdit = edit == null ? null : calendar.notice(edit).orElse(null);
        if (toEdit != null) {
            form.setYear(String.valueOf(toEdit.year()));
            form.setNoticeNo(toEdit.noticeNo());
            form.setPublishedOn(toEdit.publishedOn() == null ? null : toEdit.publishedOn().toString());
            form.setTitle(toEdit.title());
            form.setSource(toEdit.source());
            form.setRemarks(toEdit.remarks());
            form.setOffDays(NoticeText.lines(toEdit.days(), DayKind.OFF, toEdit.noticeNo()));
            form.setWorkdays(NoticeText.lines(toEdit.days(), DayKind.WORK, toEdit.noticeNo()));
            form.setReplace(true);
        } else {
            int next = calendar.snapshot().loadedYears().stream().max(Integer::compare).map(y -> y + 1)
                    .orElse(LocalDate.now(clock).getYear() + 1);
            form.setYear(String.valueOf(next));
        }
        return render(model, form, List.of());
    }

    @PostMapping("/admin/calendar")
    String submit(@ModelAttribute("form") NoticeForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        FazhiPrincipal who = requireManager();
        List<FieldError> errors = new ArrayList<>();
        Integer year = null;
        if (form.getYear() != null && !form.getYear().isBlank()) {
            try {
                year = Integer.valueOf(form.getYear().trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("year", "年度“" + form.getYear() + "”不是数字"));
            }
        } else {
            errors.add(new FieldError("year", "请填写年度"));
        }
        var off = NoticeText.parse(form.getOffDays(), "offDays", "放假日期", errors);
        var work = NoticeText.parse(form.getWorkdays(), "workdays", "调休上班日期", errors);
        if (errors.isEmpty()) {
            try {
                HolidayNoticeService.LoadResult r = notices.load(new NoticeInput(year, form.getNoticeNo(),
                        form.getPublishedOn(), form.getTitle(), form.getSource(), form.getRemarks(), off, work,
                        form.isReplace()), who);
                redirect.addFlashAttribute("loaded", r.notice().year() + "年度节假日安排(" + r.notice().noticeNo() + ")已"
                        + (r.replaced() ? "替换" : "录入") + ":放假 " + r.notice().offCount() + " 天,调休上班 "
                        + r.notice().workCount() + " 天");
                redirect.addFlashAttribute("warnings", r.warnings());
                return "redirect:/admin/calendar";
            } catch (BusinessException e) {
                if (e.status() == 403) {
                    throw e;
                }
                if (e.fieldErrors().isEmpty()) {
                    errors.add(new FieldError("", e.getMessage()));
                } else {
                    errors.addAll(e.fieldErrors());
                }
            }
        }
        response.setStatus(400);
        return render(model, form, errors);
    }

    private String render(Model model, NoticeForm form, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.stream().map(FieldError::message).toList());
        model.addAttribute("notices", calendar.notices());
        return "admin/calendar";
    }

    private static FazhiPrincipal requireManager() {
        FazhiPrincipal who = CurrentUser.get();
        if (!who.can(HolidayNoticeService.PERMISSION)) {
            throw BusinessException.forbidden("没有管理节假日安排的权限(需要“" + HolidayNoticeService.PERMISSION + "”)");
        }
        return who;
    }
}
