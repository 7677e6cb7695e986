package cn.fazhi.disputes.support;

import cn.fazhi.platform.web.TodoItem;
import java.time.LocalDate;

/** The home page's 待办 of the disputes processes: an open deadline's severity by {@link CaseDeadline#urgency}. */
public final class DeadlineTodos {

    private DeadlineTodos() {
    }

    /** OVERDUE past {@code due}, DUE_SOON up to {@code soonLimit}, otherwise NORMAL. */
    public static TodoItem.Severity severity(LocalDate due, LocalDate today, LocalDate soonLimit) {
        return switch (CaseDeadline.urgency(due, null, today, soonLimit)) {
            case OVERDUE -> TodoItem.Severity.OVERDUE;
            case DUE_SOON -> TodoItem.Severity.DUE_SOON;
            case DONE, NORMAL -> TodoItem.Severity.NORMAL;
        };
    }
}
