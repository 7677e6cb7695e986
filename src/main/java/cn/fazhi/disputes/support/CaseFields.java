package cn.fazhi.disputes.support;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;

/**
 * Field checks the litigation, mediation and petition aggregates share: a required text within its length, an optional
 * one, a date that may not lie in the future (a record is entered after the event) and one that may not precede the
 * step before it. Each refusal is a 400 naming the field in Chinese; nothing is changed.
 */
public final class CaseFields {

    private CaseFields() {
    }

    /** The stripped text; refused when blank or longer than {@code max}. */
    public static String required(String field, String value, String label, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw BusinessException.invalid(field, "请填写" + label);
        }
        if (v.length() > max) {
            throw BusinessException.invalid(field, label + "不能超过" + max + "字");
        }
        return v;
    }

    /** The stripped text cut to {@code max}, or null when blank. */
    public static String optional(String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.length() > max ? v.substring(0, max) : v;
    }

    /** The date; refused when missing or after {@code today}. */
    public static LocalDate notFuture(String field, LocalDate date, LocalDate today, String label) {
        if (date == null) {
            throw BusinessException.invalid(field, "请填写" + label);
        }
        if (date.isAfter(today)) {
            throw BusinessException.invalid(field, label + "(" + date + ")不能晚于今天(" + today + ")");
        }
        return date;
    }

    /** Refused when {@code date} is before {@code earliest} (the day of the step before it); no check without one. */
    public static void notBefore(String field, LocalDate date, LocalDate earliest, String label, String earlierLabel) {
        if (earliest != null && date.isBefore(earliest)) {
            throw BusinessException.invalid(field, label + "(" + date + ")不能早于" + earlierLabel + "(" + earliest + ")");
        }
    }
}
