package cn.fazhi.platform.calendar.web;

import cn.fazhi.platform.calendar.NoticeInput.DayInput;
import cn.fazhi.platform.kernel.BusinessException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the admin form's textareas: one line per day or range, {@code 2027-01-01 元旦} or
 * {@code 2027-02-05至2027-02-11 春节}, optionally followed by the number of a supplementary notice that set it.
 */
final class NoticeText {

    private static final Pattern LINE = Pattern.compile(
            "^(\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s*(?:至|~|～|到|--|—)\\s*(\\d{4}-\\d{1,2}-\\d{1,2}))?(?:\\s+(\\S+))?(?:\\s+(\\S+))?\\s*$");
    private static final int MAX_RANGE = 31;

    private NoticeText() {
    }

    static List<DayInput> parse(String text, String field, String what, List<FieldError> errors) {
        List<DayInput> days = new ArrayList<>();
        if (text == null) {
            return days;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().replace('\u3000', ' ');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String at = what + "第" + (i + 1) + "行";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                errors.add(new FieldError(field, at + "“" + line + "”格式不正确,应为“2027-01-01 元旦”或“2027-02-05至2027-02-11 春节”"));
                continue;
            }
            LocalDate a = date(m.group(1), at, field, errors);
            LocalDate b = m.group(2) == null ? a : date(m.group(2), at, field, errors);
            if (a == null || b == null) {
                continue;
            }
            if (b.isBefore(a) || a.plusDays(MAX_RANGE).isBefore(b)) {
                errors.add(new FieldError(field, at + ": 日期范围 " + a + " 至 " + b + " 无效(结束日不得早于开始日,且不超过 " + MAX_RANGE + " 天)"));
                continue;
            }
            for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
                days.add(new DayInput(d.toString(), m.group(3), m.group(4)));
            }
        }
        return days;
    }

    private static LocalDate date(String text, String at, String field, List<FieldError> errors) {
        String[] p = text.split("-");
        try {
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, at + ": “" + text + "”不是有效日期"));
            return null;
        }
    }

    /** The lines of a notice's days, for pre-filling the form when an administrator corrects a year. */
    static String lines(List<cn.fazhi.platform.calendar.NoticeDay> days, cn.fazhi.platform.calendar.DayKind kind, String noticeNo) {
        StringBuilder b = new StringBuilder();
        for (var d : days) {
            if (d.kind() == kind) {
                b.append(d.date()).append(' ').append(d.name());
                if (!d.noticeNo().equals(noticeNo)) {
                    b.append(' ').append(d.noticeNo());
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

}
