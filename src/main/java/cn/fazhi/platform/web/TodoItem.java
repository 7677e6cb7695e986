package cn.fazhi.platform.web;

import java.time.LocalDate;

/**
 * One item in a user's 待办 area on the home page.
 *
 * @param module   contributing module, e.g. "plan"
 * @param title    Chinese text shown to the user
 * @param link     where clicking leads
 * @param due      the statutory or set due date, or null
 * @param severity {@code NORMAL}, {@code DUE_SOON} or {@code OVERDUE} (colours the item)
 */
public record TodoItem(String module, String title, String link, LocalDate due, Severity severity) {
    public enum Severity { NORMAL, DUE_SOON, OVERDUE }
}
