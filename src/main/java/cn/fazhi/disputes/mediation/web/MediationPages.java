package cn.fazhi.disputes.mediation.web;

import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.disputes.mediation.DisputeType;
import cn.fazhi.disputes.mediation.MediationCase;
import cn.fazhi.disputes.mediation.MediationService;
import cn.fazhi.disputes.mediation.MediationState;
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

/** Mediation pages: the case list and a case with the forms of its allowed steps. */
@Controller
class MediationPages {

    private final MediationService service;
    private final Clock clock;

    MediationPages(MediationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/mediation")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String q, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("rows", service.list(me, state, null, q, 0, 100));
        model.addAttribute("total", service.count(me, state, null, q));
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("states", MediationState.values());
        model.addAttribute("types", DisputeType.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canHandle", me.can(DisputesPermission.MEDIATION_HANDLE));
        return "mediation/list";
    }

    @PostMapping("/mediation/cases")
    String create(@RequestParam(required = false) String applicant, @RequestParam(required = false) String otherParty,
            @RequestParam(required = false) String disputeType, @RequestParam(required = false) String summary,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            RedirectAttributes redirect) {
        try {
            MediationCase m = service.receive(new MediationService.NewCase(null, applicant, otherParty, disputeType, summary,
                    receivedOn), CurrentUser.get());
            redirect.addFlashAttribute("notice", "已登记调解申请");
            return "redirect:/mediation/cases/" + m.id();
        } catch (BusinessException e) {
            inline(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/mediation";
        }
    }

    @GetMapping("/mediation/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        MediationCase m = service.get(id, me);
        boolean handle = me.can(DisputesPermission.MEDIATION_HANDLE);
        model.addAttribute("m", m);
        model.addAttribute("orgName", service.orgName(m.orgId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canDecide", handle && m.state() == MediationState.RECEIVED);
        model.addAttribute("canWork", handle && m.state() == MediationState.ACCEPTED);
        model.addAttribute("canExtend", handle && m.state() == MediationState.ACCEPTED && !m.extended());
        return "mediation/case";
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
        return "redirect:/mediation/cases/" + id;
    }

    @PostMapping("/mediation/cases/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptedOn,
            @RequestParam(defaultValue = "false") boolean applicantConsents,
            @RequestParam(defaultValue = "false") boolean otherPartyConsents, RedirectAttributes redirect) {
        return act(id, "已受理", redirect, () -> service.accept(id, new MediationService.AcceptRequest(acceptedOn, applicantConsents,
                otherPartyConsents), CurrentUser.get()));
    }

    @PostMapping("/mediation/cases/{id}/decline")
    String decline(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate declinedOn,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, "已不予受理", redirect, () -> service.decline(id, declinedOn, reason, CurrentUser.get()));
    }

    @PostMapping("/mediation/cases/{id}/sessions")
    String session(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String mediator, @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return act(id, "已登记调解会", redirect, () -> service.addSession(id, heldOn, mediator, summary, CurrentUser.get()));
    }

    @PostMapping("/mediation/cases/{id}/extend")
    String extend(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, "已延长调解期限", redirect, () -> service.extend(id, reason, CurrentUser.get()));
    }

    @PostMapping("/mediation/cases/{id}/outcome")
    String outcome(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
            @RequestParam(required = false) String agreement, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, "已办结", redirect, () -> service.conclude(id, new MediationService.OutcomeRequest(outcome, closedOn, agreement,
                note), CurrentUser.get()));
    }

    static void inline(BusinessException e) {
        if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
            throw e;
        }
    }
}
