package cn.fazhi.platform.web;

import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Collects the 待办 items of every {@link TodoContributor} for one user and orders them: overdue first, then due
 * soon, then the rest; within a group by due date (undated last), then by title. A contributor that fails does not
 * take the home page down: its items are missing and the page says so.
 */
@Service
public class TodoService {

    private static final Logger log = LoggerFactory.getLogger(TodoService.class);

    static final Comparator<TodoItem> ORDER = Comparator
            .comparingInt((TodoItem t) -> rank(t.severity()))
            .thenComparing(TodoItem::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(t -> t.title() == null ? "" : t.title());

    private final List<TodoContributor> contributors;

    public TodoService(List<TodoContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** The user's items in display order, and whether some contributor failed. */
    public Todos todosFor(FazhiPrincipal user) {
        List<TodoItem> items = new ArrayList<>();
        boolean incomplete = false;
        for (TodoContributor c : contributors) {
            try {
                List<TodoItem> part = c.todosFor(user);
                if (part != null) {
                    part.stream().filter(t -> t != null).forEach(items::add);
                }
            } catch (RuntimeException e) {
                incomplete = true;
                log.warn("To-do contributor {} failed for user {}", c.getClass().getName(), user.getUsername(), e);
            }
        }
        items.sort(ORDER);
        return new Todos(List.copyOf(items), incomplete);
    }

    private static int rank(TodoItem.Severity s) {
        if (s == null) {
            return 2;
        }
        return switch (s) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case NORMAL -> 2;
        };
    }

    /** The ordered items; {@code incomplete} when a contributor could not answer. */
    public record Todos(List<TodoItem> items, boolean incomplete) {
        public long count(TodoItem.Severity severity) {
            return items.stream().filter(t -> t.severity() == severity).count();
        }

        public long overdue() {
            return count(TodoItem.Severity.OVERDUE);
        }

        public long dueSoon() {
            return count(TodoItem.Severity.DUE_SOON);
        }
    }
}
