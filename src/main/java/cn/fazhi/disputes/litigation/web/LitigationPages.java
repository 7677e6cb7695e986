package cn.fazhi.disputes.litigation.web;

import cn.fazhi.disputes.DisputesPermission;
import cn.fazhi.disputes.litigation.Excuse;
import cn.fazhi.disputes.litigation.HeadRole;
import cn.fazhi.disputes.litigation.Instance;
import cn.fazhi.disputes.litigation.LitigationCase;
import cn.fazhi.disputes.litigation.LitigationService;
import cn.fazhi.disputes.litigation.LitigationState;
import cn.fazhi.disputes.litigation.OutcomeType;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Litigation pages: the case list with deadline colours, a case with its timeline and the forms of its allowed steps. */
@Controller
class LitigationPages {

    private final LitigationService service;
    private final Clock clock;

    LitigationPages(LitigationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/litigation")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", service.list(me, state, null, q, page, 50).stream().map(r -> LitigationApi.row(r, today)).toList());
        model.addAttribute("total", service.count(me, state, null, q));
        model.addAttribute("page", page);
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("states", LitigationState.values());
        model.addAttribute("canHandle", me.can(DisputesPermission.LITIGATION_HANDLE));
        model.addAttribute("today", today);
        return "litigation/list";
    }

    @PostMapping("/litigation/cases")
    String create(@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String courtName,
            @RequestParam(required = false) String plaintiff, @RequestParam(required = false) String cause,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate complaintReceivedOn,
            @RequestParam(required = false) String defendant, RedirectAttributes redirect) {
        try {
            LitigationCase c = service.receive(new LitigationService.NewCase(defendant, caseNumber, courtName, plaintiff, cause,
                    complaintReceivedOn), CurrentUser.get());
            redirect.addFlashAttribute("notice", "已登记案件 " + c.caseNumber());
            return "redirect:/litigation/cases/" + c.id();
        } catch (BusinessException e) {
            inline(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/litigation";
        }
    }

    @GetMapping("/litigation/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        LitigationCase c = service.get(id, me);
        boolean handle = me.can(DisputesPermission.LITIGATION_HANDLE);
        LitigationState s = c.state();
        model.addAttribute("c", c);
        model.addAttribute("orgName", service.orgName(c.orgId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("files", service.files(c));
        model.addAttribute("recommendations", service.recommendations(me, c.id(), null, 0, 100));
        model.addAttribute("canHandle", handle);
        model.addAttribute("canDefend", handle && s == LitigationState.SUMMONS_RECEIVED);
        model.addAttribute("canHear", handle && List.of(LitigationState.SUMMONS_RECEIVED, LitigationState.DEFENCE_FILED,
                LitigationState.HEARD, LitigationState.APPEALED).contains(s));
        model.addAttribute("canDecide", handle && List.of(LitigationState.SUMMONS_RECEIVED, LitigationState.DEFENCE_FILED,
                LitigationState.HEARD, LitigationState.APPEALED).contains(s));
        model.addAttribute("canAppeal", handle && s == LitigationState.JUDGED);
        model.addAttribute("canEffective", handle && s == LitigationState.JUDGED
                && c.deadline(LitigationCase.STEP_APPEAL) != null && LocalDate.now(clock).isAfter(c.deadline(LitigationCase.STEP_APPEAL).due()));
        model.addAttribute("canPerform", handle && s == LitigationState.EFFECTIVE && Boolean.TRUE.equals(c.lost()));
        model.addAttribute("canClose", handle && s == LitigationState.EFFECTIVE && !Boolean.TRUE.equals(c.lost()));
        model.addAttribute("outcomes", Arrays.stream(OutcomeType.values()).filter(t -> t.allowedAt(c.instance())).toList());
        model.addAttribute("excuses", Excuse.values());
        model.addAttribute("headRoles", HeadRole.values());
        model.addAttribute("retrial", c.instance() == Instance.RETRIAL);
        return "litigation/case";
    }

    private interface Action {
        void run() throws IOException;
    }

    private String act(UUID id, String done, RedirectAttributes redirect, Action a) throws IOException {
        try {
            a.run();
            redirect.addFlashAttribute("notice", done);
        } catch (BusinessException e) {
            inline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/litigation/cases/" + id;
    }

    @PostMapping("/litigation/cases/{id}/defence")
    String defence(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
            @RequestParam(required = false) List<MultipartFile> files, RedirectAttributes redirect) throws IOException {
        return act(id, "已登记答辩", redirect, () -> service.fileDefence(id, filedOn, LitigationApi.uploads(files), CurrentUser.get()));
    }

    @PostMapping("/litigation/cases/{id}/hearings")
    String hearing(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String appeared, @RequestParam(required = false) String headName,
            @RequestParam(required = false) String headPost, @RequestParam(required = false) String headRole,
            @RequestParam(required = false) String staffNames, @RequestParam(required = false) String excuse,
            @RequestParam(required = false) String excuseNote, @RequestParam(required = false) MultipartFile proof,
            RedirectAttributes redirect) throws IOException {
        return act(id, "已登记开庭", redirect, () -> service.recordHearing(id, new LitigationService.HearingRequest(heldOn, appeared,
                headName, headPost, headRole, staffNames, excuse, excuseNote, null),
                proof == null || proof.isEmpty() ? null : new LitigationService.Upload(proof.getOriginalFilename(), proof.getContentType(), proof.getBytes()),
                CurrentUser.get()));
    }

    @PostMapping("/litigation/cases/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
            @RequestParam(required = false) Boolean retrialAppealable, RedirectAttributes redirect) throws IOException {
        return act(id, "已登记裁判", redirect, () -> service.decide(id, new LitigationService.DecisionRequest(type, decidedOn, servedOn,
                retrialAppealable), CurrentUser.get()));
    }

    @PostMapping("/litigation/cases/{id}/appeal")
    String appeal(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appealedOn,
            @RequestParam(required = false) String appealedBy, RedirectAttributes redirect) throws IOException {
        return act(id, "已登记上诉", redirect, () -> service.appeal(id, appealedOn, appealedBy, CurrentUser.get()));
    }

    @PostMapping("/litigation/cases/{id}/effective")
    String effective(@PathVariable UUID id, RedirectAttributes redirect) throws IOException {
        return act(id, "裁判已生效", redirect, () -> service.becomeEffective(id, CurrentUser.get()));
    }

    @PostMapping("/litigation/cases/{id}/perform")
    String perform(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate performedOn,
            @RequestParam(required = false) String note, RedirectAttributes redirect) throws IOException {
        return act(id, "已登记履行并结案", redirect, () -> service.perform(id, performedOn, note, CurrentUser.get()));
    }

    @PostMapping("/litigation/cases/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
            RedirectAttributes redirect) throws IOException {
        return act(id, "已结案", redirect, () -> service.close(id, closedOn, CurrentUser.get()));
    }

    @PostMapping("/litigation/cases/{id}/recommendations")
    String recommend(@PathVariable UUID id, @RequestParam(required = false) String kind, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String docNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String content, @RequestParam(required = false) Integer statedReplyDays,
            @RequestParam(defaultValue = "false") boolean urgent, RedirectAttributes redirect) throws IOException {
        return act(id, "已登记建议", redirect, () -> service.receiveRecommendation(new LitigationService.NewRecommendation(kind, id, null,
                issuer, docNumber, receivedOn, content, statedReplyDays, urgent), CurrentUser.get()));
    }

    @GetMapping("/litigation/recommendations")
    String recommendations(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("items", service.recommendations(me, null, null, 0, 200));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canHandle", me.can(DisputesPermission.LITIGATION_HANDLE));
        return "litigation/recommendations";
    }

    @PostMapping("/litigation/recommendations/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repliedOn,
            @RequestParam(required = false) String text, @RequestParam(required = false) UUID caseId, RedirectAttributes redirect) {
        try {
            service.replyRecommendation(id, repliedOn, text, CurrentUser.get());
            redirect.addFlashAttribute("notice", "已回复");
        } catch (BusinessException e) {
            inline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return caseId == null ? "redirect:/litigation/recommendations" : "redirect:/litigation/cases/" + caseId;
    }

    static void inline(BusinessException e) {
        if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
            throw e;
        }
    }
}
