package cn.fazhi.plan.overview.web;

import cn.fazhi.plan.overview.PlanOverview;
import cn.fazhi.plan.overview.PlanStatistics;
import cn.fazhi.platform.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /plans/{id}/overview}: ECharts bar chart of completion by area, status pie, tables and the overdue list. */
@Controller
class PlanOverviewPages {

    private final PlanStatistics statistics;

    PlanOverviewPages(PlanStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/plans/{id}/overview")
    String overview(@PathVariable UUID id, Model model) {
        PlanOverview o = statistics.overview(id, CurrentUser.get());
        model.addAttribute("o", o);
        model.addAttribute("chart", chartData(o));
        return "plans/overview";
    }

    /** Plain lists and maps only, so that th:inline serialises them as JSON without custom types. */
    static Map<String, Object> chartData(PlanOverview o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("areas", o.byArea().stream().map(PlanOverview.Group::label).toList());
        m.put("completed", o.byArea().stream().map(g -> g.counts().completed()).toList());
        m.put("inProgress", o.byArea().stream().map(g -> g.counts().inProgress()).toList());
        m.put("overdue", o.byArea().stream().map(g -> g.counts().overdue()).toList());
        m.put("notStarted", o.byArea().stream().map(g -> g.counts().notStarted()).toList());
        PlanOverview.Counts t = o.totals();
        m.put("status", List.of(
                Map.of("name", "已完成", "value", t.completed()),
                Map.of("name", "推进中", "value", t.inProgress()),
                Map.of("name", "逾期", "value", t.overdue()),
                Map.of("name", "未启动", "value", t.notStarted())));
        return m;
    }
}
