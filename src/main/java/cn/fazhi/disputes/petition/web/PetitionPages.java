package cn.fazhi.disputes.petition.web;

import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.disputes.petition.Petition;
import cn.fazhi.disputes.petition.PetitionEnums;
import cn.fazhi.disputes.petition.PetitionService;
import cn.fazhi.disputes.petition.PetitionState;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Petition pages: the list and a petition with the forms of its allowed steps. */
@Controller
class PetitionPages {

    private final PetitionService service;
    private final Clock clock;

    PetitionPages(PetitionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/petitions")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String q, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("rows", service.list(me, state, null, q, 0, 100));
        model.addAttribute("total", service.count(me, state, null, q));
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("states", PetitionState.values());
        model.addAttribute("channels", PetitionEnums.Channel.values());
        model.addAttribute("categories", PetitionEnums.Category.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canHandle", me.can(DisputesPermission.PETITION_HANDLE));
        return "petitions/list";
    }

    @PostMapping("/petitions")
    String create(@RequestParam(required = false) String channel, @RequestParam(required = false) String petitioner,
            @RequestParam(required = false) String matter, @RequestParam(required = false) String category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            RedirectAttributes redirect) {
        try {
            Petition p = service.receive(new PetitionService.NewPetition(null, channel, petitioner, matter, category, receivedOn),
                    CurrentUser.get());
            redirect.addFlashAttribute("notice", "已登记信访事项");
            return "redirect:/petitions/" + p.id();
        } catch (BusinessException e) {
            inline(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/petitions";
        }
    }

    @GetMapping("/petitions/{id}")
    String show(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Petition p = service.get(id, me);
        boolean h = me.can(DisputesPermission.PETITION_HANDLE);
        PetitionState s = p.state();
        model.addAttribute("p", p);
        model.addAttribute("orgName", service.orgName(p.orgId()));
        model.addAttribute("handlingName", service.orgName(p.handlingOrgId()));
        model.addAttribute("forwardedToName", service.orgName(p.forwardedToOrgId()));
        model.addAttribute("forwardedFromName", service.orgName(p.forwardedFromOrgId()));
        model.addAttribute("forwardKinds", PetitionEnums.ForwardKind.values());
        model.addAttribute("stepLabels", Petition.STEP_LABELS);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("routes", PetitionEnums.Route.values());
        model.addAttribute("outcomes", PetitionEnums.ReplyOutcome.values());
        model.addAttribute("satisfactions", PetitionEnums.Satisfaction.values());
        model.addAttribute("canDecide", h && service.decides(p, me));
        model.addAttribute("canHandle", h && s == PetitionState.ACCEPTED);
        model.addAttribute("canExtend", h && s == PetitionState.ACCEPTED && p.extendedDays() == null);
        model.addAttribute("canEvaluate", h && (s == PetitionState.REPLIED || s == PetitionState.REVIEWED));
        model.addAttribute("canRequestReview", h && s == PetitionState.REPLIED);
        model.addAttribute("canReviewOpinion", h && s == PetitionState.REVIEW_REQUESTED);
        model.addAttribute("canRequestRereview", h && s == PetitionState.REVIEWED);
        model.addAttribute("canRereviewOpinion", h && s == PetitionState.REREVIEW_REQUESTED);
        model.addAttribute("canClose", h && (s == PetitionState.REPLIED || s == PetitionState.REVIEWED));
        return "petitions/petition";
    }

    private interface Action {
        void run();
    }

    private String act(UUID id, String done, RedirectAttributes redirect, Action a) {
        try {
            a.run();
            redirect.addFlashAttribute("notice", done);
        } catch (BusinessException e) {
            inline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/petitions/" + id;
    }

    @PostMapping("/petitions/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptedOn,
            @RequestParam(required = false) String handlingOrg, RedirectAttributes redirect) {
        return act(id, "已受理并交办", redirect, () -> service.accept(id, new PetitionService.AcceptRequest(acceptedOn, handlingOrg), CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/forward")
    String forward(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate forwardedOn,
            @RequestParam(required = false) String toOrg, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, "已转送有权处理的机关", redirect, () -> service.forward(id, new PetitionService.ForwardRequest(forwardedOn, toOrg, kind, reason), CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/route")
    String route(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate routedOn,
            @RequestParam(required = false) String route, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, "已告知其他途径", redirect, () -> service.route(id, new PetitionService.RouteRequest(routedOn, route, reason), CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/extend")
    String extend(@PathVariable UUID id, @RequestParam(defaultValue = "0") int days, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean headApproved, RedirectAttributes redirect) {
        return act(id, "已延长办理期限", redirect, () -> service.extend(id, new PetitionService.ExtendRequest(days, reason, headApproved), CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repliedOn,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, "已书面答复", redirect, () -> service.reply(id, new PetitionService.ReplyRequest(repliedOn, outcome, text), CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/evaluation")
    String evaluate(@PathVariable UUID id, @RequestParam(required = false) String satisfaction, RedirectAttributes redirect) {
        return act(id, "已登记评价", redirect, () -> service.evaluate(id, satisfaction, CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/review-request")
    String reviewRequest(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        return act(id, "已登记复查请求", redirect, () -> service.requestReview(id, on, CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/review-opinion")
    String reviewOpinion(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, "已登记复查意见", redirect, () -> service.reviewOpinion(id, new PetitionService.DatedText(on, text), CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/rereview-request")
    String rereviewRequest(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        return act(id, "已登记复核请求", redirect, () -> service.requestRereview(id, on, CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/rereview-opinion")
    String rereviewOpinion(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, "已登记复核意见,事项办结", redirect, () -> service.rereviewOpinion(id, new PetitionService.DatedText(on, text), CurrentUser.get()));
    }

    @PostMapping("/petitions/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        return act(id, "已办结", redirect, () -> service.close(id, on, CurrentUser.get()));
    }

    static void inline(BusinessException e) {
        if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
            throw e;
        }
    }
}
