package cn.fazhi.plan.supervision.web;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.progress.TaskRef;
import cn.fazhi.plan.supervision.NoticeLevel;
import cn.fazhi.plan.supervision.NoticeStatus;
import cn.fazhi.plan.supervision.SupervisionAlerts;
import cn.fazhi.plan.supervision.SupervisionNotice;
import cn.fazhi.plan.supervision.SupervisionScan;
import cn.fazhi.plan.supervision.SupervisionService;
import cn.fazhi.plan.supervision.TaskHistory;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Supervision pages: the ledger (督办台账) with filters, issuing a notice, a notice with reply and close; task history. */
@Controller
class SupervisionPages {

    private final SupervisionService service;
    private final SupervisionAlerts alerts;
    private final SupervisionScan scan;
    private final TaskHistory history;
    private final Clock clock;

    SupervisionPages(SupervisionService service, SupervisionAlerts alerts, SupervisionScan scan, TaskHistory history,
            Clock clock) {
        this.service = service;
        this.alerts = alerts;
        this.scan = scan;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String ledger(@RequestParam(required = false) String level, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long targetOrgId, @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        FazhiPrincipal me = CurrentUser.get();
        SupervisionService.LedgerFilter f = new SupervisionService.LedgerFilter(level, status, targetOrgId, overdue);
        List<SupervisionService.LedgerRow> rows = service.ledger(f, me);
        Map<Long, String> units = new LinkedHashMap<>();
        service.ledger(new SupervisionService.LedgerFilter(null, null, null, false), me)
                .forEach(r -> units.putIfAbsent(r.notice().targetOrgId(), r.targetOrgName()));
        model.addAttribute("rows", rows);
        model.addAttribute("units", units);
        model.addAttribute("levels", NoticeLevel.values());
        model.addAttribute("statuses", NoticeStatus.values());
        model.addAttribute("level", level);
        model.addAttribute("status", status);
        model.addAttribute("targetOrgId", targetOrgId);
        model.addAttribute("overdue", overdue);
        model.addAttribute("alerts", alerts.visible(me, null, true, 200));
        model.addAttribute("canSupervise", me.can(PlanPermission.SUPERVISE));
        model.addAttribute("exportUrl", UriComponentsBuilder.fromPath("/api/supervision/ledger.xlsx")
                .queryParamIfPresent("level", java.util.Optional.ofNullable(blank(level)))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(blank(status)))
                .queryParamIfPresent("targetOrgId", java.util.Optional.ofNullable(targetOrgId))
                .queryParam("overdue", overdue).build().encode().toUriString());
        return "supervision/ledger";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @PostMapping("/supervision/scan")
    String runScan(RedirectAttributes redirect) {
        Access.require(CurrentUser.get(), PlanPermission.SUPERVISE);
        SupervisionScan.ScanResult r = scan.scanNow();
        redirect.addFlashAttribute("notice", "督办扫描完成(" + r.asOf() + "):新增预警 " + r.raised() + " 条,解除 " + r.resolved()
                + " 条,标记逾期任务 " + r.tasksMarkedOverdue() + " 项,当前预警 " + r.open() + " 条");
        return "redirect:/supervision";
    }

    @GetMapping("/supervision/notices/new")
    String newNotice(@RequestParam UUID taskId, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.SUPERVISE);
        TaskHistory.History h = history.of(taskId, me);
        model.addAttribute("task", h.task());
        model.addAttribute("previous", service.forTask(h.task()));
        model.addAttribute("levels", NoticeLevel.values());
        return "supervision/notice-new";
    }

    @PostMapping("/supervision/notices")
    String issue(@RequestParam UUID taskId, @RequestParam(required = false) String level,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            SupervisionNotice n = service.issue(new SupervisionService.IssueRequest(taskId, level, reason), CurrentUser.get());
            redirect.addFlashAttribute("notice", "已发出" + n.level().label() + "通知 " + n.number());
            return "redirect:/supervision/notices/" + n.id();
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("reason", reason);
            return "redirect:/supervision/notices/new?taskId=" + taskId;
        }
    }

    @GetMapping("/supervision/notices/{id}")
    String show(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        SupervisionNotice n = service.get(id, me);
        TaskRef task = service.taskOf(n).orElse(null);
        model.addAttribute("n", n);
        model.addAttribute("task", task);
        model.addAttribute("replyFiles", service.replyFiles(n));
        model.addAttribute("overdue", n.replyOverdue(LocalDate.now(clock)));
        model.addAttribute("canReply", n.status() == NoticeStatus.ISSUED && me.orgId() == n.targetOrgId()
                && me.can(PlanPermission.REPORT));
        model.addAttribute("canClose", n.status() == NoticeStatus.REPLIED && me.can(PlanPermission.SUPERVISE));
        return "supervision/notice";
    }

    @PostMapping("/supervision/notices/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) List<MultipartFile> files, RedirectAttributes redirect) throws IOException {
        try {
            service.reply(id, text, SupervisionApi.uploads(files), CurrentUser.get());
            redirect.addFlashAttribute("notice", "已回复");
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/notices/" + id;
    }

    @PostMapping("/supervision/notices/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(required = false) String remark, RedirectAttributes redirect) {
        try {
            service.close(id, remark, CurrentUser.get());
            redirect.addFlashAttribute("notice", "已办结");
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision/notices/" + id;
    }

    @GetMapping("/plans/tasks/{taskId}/history")
    String taskHistory(@PathVariable UUID taskId, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        TaskHistory.History h = history.of(taskId, me);
        model.addAttribute("task", h.task());
        model.addAttribute("events", h.events());
        model.addAttribute("canSupervise", me.can(PlanPermission.SUPERVISE));
        model.addAttribute("canReport", me.can(PlanPermission.REPORT) && me.orgId() == h.task().leadOrgId());
        return "supervision/history";
    }

    static void rethrowIfNotInline(BusinessException e) {
        if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
            throw e;
        }
    }
}
