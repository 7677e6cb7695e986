package cn.fazhi.plan.publication.web;

import cn.fazhi.plan.publication.PlanPublication;
import cn.fazhi.plan.publication.PublicPlan;
import cn.fazhi.plan.publication.PublicPlans;
import cn.fazhi.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "实施方案公开", description = "向社会公开实施方案及其审核通过的进展(任务 131:年度推进情况向社会公开)")
class PlanPublicationApi {

    private final PlanPublication publication;
    private final PublicPlans publicPlans;

    PlanPublicationApi(PlanPublication publication, PublicPlans publicPlans) {
        this.publication = publication;
        this.publicPlans = publicPlans;
    }

    @PostMapping("/api/plans/{id}/publish")
    @Operation(summary = "公开实施方案", description = "需要 plan:publish,方案须为印发、执行中或已结束状态(草拟 409);"
            + "发文单位不在数据范围内 404;重复公开不改变任何数据;记入审计日志")
    PlanPublication.State publish(@PathVariable UUID id) {
        return publication.publish(id, CurrentUser.get());
    }

    @PostMapping("/api/plans/{id}/unpublish")
    @Operation(summary = "撤回公开", description = "需要 plan:publish;撤回后公众页面不再显示该方案(404);记入审计日志")
    PlanPublication.State unpublish(@PathVariable UUID id) {
        return publication.unpublish(id, CurrentUser.get());
    }

    @GetMapping("/api/public/plans")
    @Operation(summary = "已公开的实施方案(无需登录)", description = "只列出已公开且已印发、执行中或已结束的实施方案")
    List<PublicPlan.Summary> publicList() {
        return publicPlans.list();
    }

    @GetMapping("/api/public/plans/{id}")
    @Operation(summary = "已公开的实施方案详情(无需登录)", description = "领域、任务、牵头单位、时限、状态,以及审核通过的进展报告(去标识化);"
            + "未公开 404")
    PublicPlan publicPlan(@PathVariable UUID id) {
        return publicPlans.get(id);
    }
}
