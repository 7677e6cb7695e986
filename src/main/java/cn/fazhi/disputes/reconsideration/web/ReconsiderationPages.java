package cn.fazhi.disputes.reconsideration.web;

import cn.fazhi.disputes.reconsideration.CaseDeadlines;
import cn.fazhi.disputes.reconsideration.CaseState;
import cn.fazhi.disputes.reconsideration.CaseView;
import cn.fazhi.disputes.reconsideration.Channel;
import cn.fazhi.disputes.reconsideration.DecisionType;
import cn.fazhi.disputes.reconsideration.ReconsiderationCase;
import cn.fazhi.disputes.reconsideration.ReconsiderationCases;
import cn.fazhi.disputes.reconsideration.ReconsiderationCommands;
import cn.fazhi.disputes.reconsideration.ReconsiderationService;
import cn.fazhi.disputes.reconsideration.SuspensionGround;
import cn.fazhi.disputes.reconsideration.TerminationGround;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.PageResult;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's case list and case page, and the respondent organ's view. */
@Controller
class ReconsiderationPages {

    private final ReconsiderationService service;
    private final ReconsiderationCommands commands;
    private final Attachments attachments;

    ReconsiderationPages(ReconsiderationService service, ReconsiderationCommands commands, Attachments attachments) {
        this.service = service;
        this.commands = commands;
        this.attachments = attachments;
    }

    /** The list within the actor's visibility; due=soon (open deadline within 3 working days) or due=overdue. */
    static PageResult<ReconsiderationCases.ListRow> listPage(ReconsiderationService service, FazhiPrincipal me,
            String state, String due, Long respondentOrgId, int page, int size) {
        ReconsiderationCases.Visibility v = service.visibility(me);
        String st = state == null || state.isBlank() ? null : state.strip().toUpperCase(java.util.Locale.ROOT);
        if (st != null && Arrays.stream(CaseState.values()).noneMatch(s -> s.name().equals(st))) {
            throw BusinessException.invalid("state", "案件状态“" + state + "”无效");
        }
        int sz = Math.max(1, Math.min(size, 100));
        int pg = Math.max(0, page);
        LocalDate today = service.today();
        LocalDate from = null;
        LocalDate to = null;
        if ("soon".equalsIgnoreCase(due)) {
            from = today;
            to = service.deadlines().soonLimit(today, 3);
        } else if ("overdue".equalsIgnoreCase(due)) {
            to = today.minusDays(1);
        } else if (due != null && !due.isBlank()) {
            throw BusinessException.invalid("due", "due 只能是 soon(三个工作日内到期)或 overdue(已逾期)");
        }
        return new PageResult<>(service.store().list(v, st, from, to, respondentOrgId, pg, sz), pg, sz,
                service.store().count(v, st, from, to, respondentOrgId));
    }

    @GetMapping("/reconsideration")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String due,
            @RequestParam(defaultValue = "0") int page, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("result", listPage(service, me, state, due, null, page, 20));
        model.addAttribute("state", state);
        model.addAttribute("due", due);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("today", service.today());
        model.addAttribute("soon", service.deadlines().soonLimit(service.today(), 3));
        model.addAttribute("canHandle", me.can(cn.fazhi.disputes.DisputesPermission.RECONSIDERATION_HANDLE));
        model.addAttribute("stepLabels", STEP_LABELS);
        return "reconsideration/list";
    }

    @PostMapping("/reconsideration/cases")
    String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            LocalDate receivedOn = form.get("receivedOn") == null || form.get("receivedOn").isBlank() ? null
                    : ReconsiderationApi.parseDate("receivedOn", form.get("receivedOn"));
            if (receivedOn == null) {
                throw BusinessException.invalid("receivedOn", "请填写收到申请的日期");
            }
            ReconsiderationCase c = service.receive(new ReconsiderationService.Application(receivedOn,
                    form.get("applicant"), form.get("contact"), form.get("respondent"), form.get("actDescription"),
                    Channel.parse(form.get("channel")), null), me);
            redirect.addFlashAttribute("notice", "已登记行政复议申请 " + c.caseNo());
            return "redirect:/reconsideration/cases/" + c.id();
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/reconsideration";
        }
    }

    @GetMapping("/reconsideration/cases/{id}")
    String page(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        CaseView view = service.view(service.get(id, me), me);
        model.addAttribute("c", view);
        model.addAttribute("actionLabels", ReconsiderationCommands.LABELS);
        model.addAttribute("decisionTypes", DecisionType.values());
        model.addAttribute("suspensionGrounds", SuspensionGround.values());
        model.addAttribute("terminationGrounds", TerminationGround.values());
        model.addAttribute("today", service.today());
        model.addAttribute("stateLabels", STATE_LABELS);
        return "reconsideration/case";
    }

    @PostMapping("/reconsideration/cases/{id}/{action}")
    String transition(@PathVariable UUID id, @PathVariable String action, @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        Map<String, String> f = new HashMap<>(form);
        f.remove("_csrf");
        try {
            if ("answer".equals(action)) {
                LocalDate on = f.get("on") == null || f.get("on").isBlank() ? service.today()
                        : ReconsiderationApi.parseDate("on", f.get("on"));
                service.answer(id, me, on, f.get("summary"), file == null || file.isEmpty() ? null
                        : file.getOriginalFilename(), file == null || file.isEmpty() ? null : file.getBytes());
            } else {
                commands.execute(id, action, f, me);
            }
            redirect.addFlashAttribute("notice", "已办理:" + ReconsiderationCommands.LABELS.getOrDefault(action, action));
        } catch (BusinessException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reconsideration/cases/" + id;
    }

    @GetMapping("/reconsideration/cases/{id}/documents/{attachmentId}")
    ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        FazhiPrincipal me = CurrentUser.get();
        ReconsiderationCase c = service.get(id, me);
        var doc = service.store().documents(c).stream().filter(d -> d.attachmentId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> BusinessException.notFound("文书"));
        InputStream in = attachments.open(doc.attachmentId());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.title() + ".docx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    @GetMapping("/reconsideration/respondent")
    String respondent(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        cn.fazhi.platform.org.Access.require(me, cn.fazhi.disputes.DisputesPermission.RECONSIDERATION_RESPOND);
        ReconsiderationCases.Visibility v = ReconsiderationCases.scopeCondition(me.scope(), false, true, "c");
        model.addAttribute("rows", service.store().list(v, null, null, null, null, 0, 100));
        model.addAttribute("pending", service.store().openDeadlines(v, LocalDate.of(2999, 12, 31),
                List.of(CaseDeadlines.RESPONDENT_ANSWER)));
        model.addAttribute("stepLabels", STEP_LABELS);
        model.addAttribute("stateLabels", STATE_LABELS);
        model.addAttribute("today", service.today());
        return "reconsideration/respondent";
    }

    static final Map<String, String> STEP_LABELS = Map.of(
            "ACCEPTANCE_REVIEW", "受理审查", "SUPPLEMENT_NOTICE", "补正通知", "SUPPLEMENT", "申请人补正",
            "RESPONDENT_COPY", "发送答复通知", "RESPONDENT_ANSWER", "被申请人答复", "DECISION", "作出决定",
            "OPINION_FEEDBACK", "意见书反馈", "SUSPENSION_LAPSE", "中止满六十日");

    static final Map<String, String> STATE_LABELS = Arrays.stream(CaseState.values())
            .collect(java.util.stream.Collectors.toMap(CaseState::name, CaseState::label));
}
