package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.web.TodoItem.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TodoServiceTests {

    private final LocalDate d = LocalDate.of(2025, 10, 10);

    @Test
    void itemsOfAllContributorsAreOrderedOverdueThenDueSoonThenNormalThenByDueDate() {
        TodoContributor plan = u -> List.of(
                new TodoItem("plan", "普通任务", "/plan/1", d.plusDays(30), Severity.NORMAL),
                new TodoItem("plan", "逾期任务B", "/plan/2", d.minusDays(1), Severity.OVERDUE));
        TodoContributor review = u -> List.of(
                new TodoItem("review", "临期审查", "/review/1", d.plusDays(2), Severity.DUE_SOON),
                new TodoItem("review", "无期限事项", "/review/2", null, Severity.NORMAL),
                new TodoItem("review", "逾期任务A", "/review/3", d.minusDays(5), Severity.OVERDUE));

        TodoService.Todos todos = new TodoService(List.of(plan, review)).todosFor(someone());

        assertThat(todos.items()).extracting(TodoItem::title)
                .containsExactly("逾期任务A", "逾期任务B", "临期审查", "普通任务", "无期限事项");
        assertThat(todos.overdue()).isEqualTo(2);
        assertThat(todos.dueSoon()).isEqualTo(1);
        assertThat(todos.incomplete()).isFalse();
    }

    @Test
    void aFailingContributorLeavesTheOthersAndMarksTheListIncomplete() {
        TodoContributor broken = u -> {
            throw new IllegalStateException("boom");
        };
        TodoContributor ok = u -> List.of(new TodoItem("plan", "任务", "/plan/1", d, Severity.NORMAL));

        TodoService.Todos todos = new TodoService(List.of(broken, ok)).todosFor(someone());

        assertThat(todos.items()).extracting(TodoItem::title).containsExactly("任务");
        assertThat(todos.incomplete()).isTrue();
    }

    @Test
    void noContributorsGiveAnEmptyList() {
        assertThat(new TodoService(List.of()).todosFor(someone()).items()).isEmpty();
    }

    @Test
    void quickLinksShowOnlyWhatThePermissionsAllow() {
        var staff = WebTestUsers.user("张三", "财政局", Set.of("STAFF"), Set.of("files:read"));
        assertThat(QuickLink.visibleTo(staff, QuickLink.ALL)).extracting(QuickLink::href)
                .contains("/calendar", "/files", "/account/password")
                .doesNotContain("/admin/users", "/admin/audit", "/admin/orgs");
        var auditor = WebTestUsers.user("李四", "司法局", Set.of("AUDITOR"), Set.of("audit:read", "user:read"));
        assertThat(QuickLink.visibleTo(auditor, QuickLink.ALL)).extracting(QuickLink::href)
                .contains("/admin/audit", "/admin/users").doesNotContain("/files", "/admin/roles");
    }

    private static cn.fazhi.platform.security.FazhiPrincipal someone() {
        return WebTestUsers.user("张三", "财政局", Set.of(), Set.of());
    }
}
