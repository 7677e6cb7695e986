package cn.fazhi.platform.web;

import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The personal home page: greeting, the 待办 area gathered from every module, shortcuts the user may use. */
@Controller
class HomeController {

    private final TodoService todos;
    private final Clock clock;

    HomeController(TodoService todos, Clock clock) {
        this.todos = todos;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        FazhiPrincipal user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("greeting", greeting(LocalTime.now(clock)));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("weekday", today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA));
        model.addAttribute("todos", todos.todosFor(user));
        model.addAttribute("links", QuickLink.visibleTo(user, QuickLink.ALL));
        return "home";
    }

    static String greeting(LocalTime t) {
        int h = t.getHour();
        if (h < 5) return "您好";
        if (h < 11) return "上午好";
        if (h < 13) return "中午好";
        if (h < 18) return "下午好";
        return "晚上好";
    }
}
