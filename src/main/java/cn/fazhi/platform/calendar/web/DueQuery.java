package cn.fazhi.platform.calendar.web;

import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.BusinessException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Parses the deadline query of the API and the page (text parameters, so each bad value gets a Chinese message). */
final class DueQuery {

    private DueQuery() {
    }

    static Deadline compute(StatutoryCalendar calendar, String from, String amount, String unit, String basis) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = null;
        if (from == null || from.isBlank()) {
            errors.add(new FieldError("from", "请填写起算日期(格式 2025-09-26)"));
        } else {
            try {
                start = LocalDate.parse(from.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("from", "起算日期“" + from + "”不是有效日期,请按 2025-09-26 的格式填写"));
            }
            if (start != null && (start.getYear() < 1990 || start.getYear() > 2200)) {
                errors.add(new FieldError("from", "起算日期 " + start + " 超出可计算范围(1990 至 2200 年)"));
            }
        }
        Integer n = null;
        if (amount == null || amount.isBlank()) {
            errors.add(new FieldError("amount", "请填写期间数量(1 以上的整数)"));
        } else {
            try {
                n = Integer.valueOf(amount.trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("amount", "期间数量“" + amount + "”不是整数"));
            }
        }
        PeriodUnit u = null;
        try {
            u = PeriodUnit.parse("unit", unit);
        } catch (BusinessException e) {
            errors.addAll(e.fieldErrors());
        }
        Period period = null;
        if (n != null && u != null) {
            try {
                period = new Period(n, u, basis);
            } catch (BusinessException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).message()
                    : "期间计算参数有 " + errors.size() + " 处错误: " + String.join(";", errors.stream().map(FieldError::message).toList());
            throw new BusinessException("VALIDATION", detail, 400, errors);
        }
        return calendar.due(start, period);
    }
}
