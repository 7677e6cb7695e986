package cn.fazhi.plan.publication.web;

import cn.fazhi.plan.publication.PlanPublication;
import cn.fazhi.plan.publication.PublicPlans;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages ({@code /public/plans}, no login; public layout without staff navigation) and the staff's
 * publish / unpublish buttons on the plan overview.
 */
@Controller
class PublicPlanPages {

    private final PublicPlans publicPlans;
    private final PlanPublication publication;

    PublicPlanPages(PublicPlans publicPlans, PlanPublication publication) {
        this.publicPlans = publicPlans;
        this.publication = publication;
    }

    @GetMapping("/public/plans")
    String list(Model model) {
        model.addAttribute("plans", publicPlans.list());
        return "public/plans";
    }

    @GetMapping("/public/plans/{id}")
    String plan(@PathVariable String id, Model model) {
        model.addAttribute("plan", publicPlans.get(parse(id)));
        return "public/plan";
    }

    @PostMapping("/plans/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes flash) {
        publication.publish(id, CurrentUser.get());
        flash.addFlashAttribute("message", "已向社会公开,公众可在 /public/plans 查看");
        return "redirect:/plans/" + id + "/overview";
    }

    @PostMapping("/plans/{id}/unpublish")
    String unpublish(@PathVariable UUID id, RedirectAttributes flash) {
        publication.unpublish(id, CurrentUser.get());
        flash.addFlashAttribute("message", "已撤回公开");
        return "redirect:/plans/" + id + "/overview";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw BusinessException.notFound("公开的实施方案");
        }
    }
}
