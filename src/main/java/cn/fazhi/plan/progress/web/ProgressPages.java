package cn.fazhi.plan.progress.web;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.progress.Figure;
import cn.fazhi.plan.progress.ProgressReport;
import cn.fazhi.plan.progress.ProgressService;
import cn.fazhi.plan.progress.ReportStatus;
import cn.fazhi.plan.progress.TaskRef;
import cn.fazhi.plan.TaskStatus;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Progress report pages: a unit's reports and tasks to report on, the review queue, the report form with
 * contributions, evidence and review. A refusal the user can correct comes back as a message on the page; a record
 * out of scope or a missing permission is the error page.
 */
@Controller
class ProgressPages {

    private final ProgressService service;

    ProgressPages(ProgressService service) {
        this.service = service;
    }

    @GetMapping("/plans/reports")
    String list(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("canReport", me.can(PlanPermission.REPORT));
        model.addAttribute("canReview", me.can(PlanPermission.REVIEW));
        model.addAttribute("own", me.can(PlanPermission.REPORT) ? service.ownReports(me) : List.of());
        model.addAttribute("tasks", me.can(PlanPermission.REPORT) ? service.tasksLedBy(me) : List.of());
        model.addAttribute("queue", me.can(PlanPermission.REVIEW) ? service.list(ReportStatus.SUBMITTED, true, me) : List.of());
        return "progress/reports";
    }

    @GetMapping("/plans/reports/new")
    String newForm(@RequestParam UUID taskId, @RequestParam(required = false) String period, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        TaskRef task = service.task(taskId, me);
        model.addAttribute("task", task);
        model.addAttribute("schedule", service.schedule(task));
        model.addAttribute("period", period);
        model.addAttribute("statuses", TaskStatus.values());
        return "progress/report-new";
    }

    @PostMapping("/plans/reports/new")
    String create(@RequestParam UUID taskId, @RequestParam(required = false) String periodCode,
            @RequestParam(required = false) String taskStatus, @RequestParam(defaultValue = "false") boolean completion,
            @RequestParam(required = false) String narrative, @RequestParam(required = false) List<String> figureLabel,
            @RequestParam(required = false) List<String> figureValue, @RequestParam(required = false) List<String> figureUnit,
            RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            ProgressReport r = service.saveDraft(taskId, new ProgressService.DraftRequest(periodCode, taskStatus, completion,
                    narrative, figures(figureLabel, figureValue, figureUnit)), me);
            redirect.addFlashAttribute("notice", "已保存草稿");
            return "redirect:/plans/reports/" + r.id();
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/plans/reports/new?taskId=" + taskId + (periodCode == null ? "" : "&period=" + periodCode);
        }
    }

    @GetMapping("/plans/reports/{id}")
    String show(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        ProgressReport r = service.get(id, me);
        model.addAttribute("report", r);
        model.addAttribute("task", service.task(r.taskId(), me));
        model.addAttribute("can", service.abilities(r, me));
        model.addAttribute("reviews", service.reviews(r));
        model.addAttribute("contributions", service.contributions(r));
        model.addAttribute("evidence", service.evidence(r));
        model.addAttribute("statuses", TaskStatus.values());
        List<Figure> rows = new ArrayList<>(r.content().figures());
        while (rows.size() < r.content().figures().size() + 2) {
            rows.add(new Figure("", "", null));
        }
        model.addAttribute("figureRows", rows);
        return "progress/report";
    }

    @PostMapping("/plans/reports/{id}")
    String save(@PathVariable UUID id, @RequestParam(required = false) String taskStatus,
            @RequestParam(defaultValue = "false") boolean completion, @RequestParam(required = false) String narrative,
            @RequestParam(required = false) List<String> figureLabel, @RequestParam(required = false) List<String> figureValue,
            @RequestParam(required = false) List<String> figureUnit, @RequestParam(required = false) String action,
            RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        return act(id, redirect, () -> {
            ProgressReport r = service.get(id, me);
            service.saveDraft(r.taskId(), new ProgressService.DraftRequest(r.periodCode(), taskStatus, completion, narrative,
                    figures(figureLabel, figureValue, figureUnit)), me);
            if ("submit".equals(action)) {
                service.submit(id, me);
                return "已报送,等待审核";
            }
            return "已保存草稿";
        });
    }

    @PostMapping("/plans/reports/{id}/contributions")
    String contribute(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            service.contribute(id, text, CurrentUser.get());
            return "已提交本单位材料";
        });
    }

    @PostMapping("/plans/reports/{id}/evidence")
    String evidence(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("file", "请选择要上传的证明材料");
            }
            try (InputStream in = file.getInputStream()) {
                service.addEvidence(id, file.getOriginalFilename(), file.getContentType(), in, CurrentUser.get());
            } catch (IOException e) {
                throw new BusinessException("UPLOAD_UNREADABLE", "上传内容读取失败,请重新上传", 400);
            }
            return "已上传证明材料";
        });
    }

    @PostMapping("/plans/reports/{id}/accept")
    String accept(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            service.accept(id, CurrentUser.get());
            return "审核通过";
        });
    }

    @PostMapping("/plans/reports/{id}/return")
    String returnReport(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            service.returnForSupplement(id, reason, CurrentUser.get());
            return "已退回补充";
        });
    }

    private interface Step {
        String run();
    }

    private String act(UUID id, RedirectAttributes redirect, Step step) {
        try {
            redirect.addFlashAttribute("notice", step.run());
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/plans/reports/" + id;
    }

    static void rethrowIfNotInline(BusinessException e) {
        if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
            throw e;
        }
    }

    static List<Figure> figures(List<String> labels, List<String> values, List<String> units) {
        List<Figure> list = new ArrayList<>();
        int n = labels == null ? 0 : labels.size();
        for (int i = 0; i < n; i++) {
            String v = values != null && i < values.size() ? values.get(i) : null;
            String u = units != null && i < units.size() ? units.get(i) : null;
            list.add(new Figure(labels.get(i), v, u));
        }
        return list;
    }
}
