package cn.fazhi.plan.overview.web;

import cn.fazhi.plan.overview.PlanOverview;
import cn.fazhi.plan.overview.PlanStatistics;
import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "实施方案总览", description = "按领域、按牵头单位的任务完成情况与逾期清单")
class PlanOverviewApi {

    private final PlanStatistics statistics;

    PlanOverviewApi(PlanStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/plans/{id}/overview")
    @Operation(summary = "实施方案总览", description = "任务总数、已完成、推进中、逾期、未启动与完成率,按领域和按牵头单位分组,以及逾期任务清单"
            + "(截至今日)。需要 plan:read,且实施方案的发文单位在本人数据范围内,否则 404")
    PlanOverview overview(@PathVariable UUID id) {
        return statistics.overview(id, CurrentUser.get());
    }
}
