package cn.fazhi.platform.web;

import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The home page's data for API clients (e.g. a mobile or portal widget). */
@RestController
@RequestMapping("/api/home")
@Tag(name = "首页", description = "当前用户的待办事项")
class HomeApi {

    private final TodoService todos;

    HomeApi(TodoService todos) {
        this.todos = todos;
    }

    @GetMapping("/todos")
    @Operation(summary = "当前用户的待办事项",
            description = "汇总各模块为当前用户提供的待办,按 已逾期 → 即将到期 → 一般 排序;同一类按期限届满日升序。")
    List<TodoItem> todos() {
        return todos.todosFor(CurrentUser.get()).items();
    }
}
