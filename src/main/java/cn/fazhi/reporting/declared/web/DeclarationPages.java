package cn.fazhi.reporting.declared.web;

import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingPermission;
import cn.fazhi.reporting.declared.Declaration;
import cn.fazhi.reporting.declared.DeclarationService;
import cn.fazhi.reporting.declared.DeclarationStatus;
import cn.fazhi.reporting.declared.DeclaredMetrics;
import cn.fazhi.reporting.declared.Declarations;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Declaration pages: the list (with filters and the review queue), the form with an evidence upload, the detail. */
@Controller
class DeclarationPages {

    private final DeclarationService service;
    private final Declarations declarations;
    private final DeclaredMetrics metrics;
    private final Attachments attachments;
    private final OrgUnits orgUnits;
    private final Clock clock;

    DeclarationPages(DeclarationService service, Declarations declarations, DeclaredMetrics metrics,
            Attachments attachments, OrgUnits orgUnits, Clock clock) {
        this.service = service;
        this.declarations = declarations;
        this.metrics = metrics;
        this.attachments = attachments;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @GetMapping("/reports/declarations")
    String list(@RequestParam(required = false) String metric, @RequestParam(required = false) String period,
            @RequestParam(required = false) DeclarationStatus status, @RequestParam(required = false) Long orgId,
            Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.requireAny(me, ReportingPermission.READ, ReportingPermission.DECLARE);
        model.addAttribute("rows", declarations.list(me, metric, period, status, orgId, 500));
        model.addAttribute("queue", me.can(ReportingPermission.REVIEW)
                ? declarations.list(me, null, null, DeclarationStatus.SUBMITTED, null, 200) : java.util.List.of());
        model.addAttribute("canDeclare", me.can(ReportingPermission.DECLARE));
        model.addAttribute("canReview", me.can(ReportingPermission.REVIEW));
        model.addAttribute("metric", metric);
        model.addAttribute("period", period);
        model.addAttribute("status", status);
        model.addAttribute("statuses", DeclarationStatus.values());
        model.addAttribute("definitions", metrics.definitions());
        return "reports/declarations";
    }

    @GetMapping("/reports/declarations/new")
    String form(@RequestParam(required = false) String metric, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, ReportingPermission.DECLARE);
        model.addAttribute("definitions", metrics.definitions());
        model.addAttribute("metric", metric);
        model.addAttribute("orgs", orgUnits.treeInScope(me));
        model.addAttribute("ownOrgId", me.orgId());
        model.addAttribute("period", String.valueOf(LocalDate.now(clock).getYear() - 1));
        return "reports/declaration-form";
    }

    @PostMapping("/reports/declarations")
    String create(@RequestParam(required = false) String metric, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String period, @RequestParam(required = false) BigDecimal value,
            @RequestParam(required = false) BigDecimal numerator, @RequestParam(required = false) BigDecimal denominator,
            @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile evidence,
            RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            UUID evidenceId = null;
            if (evidence != null && !evidence.isEmpty()) {
                try (InputStream in = evidence.getInputStream()) {
                    AttachmentRef ref = attachments.store(orgId == null ? me.orgId() : orgId, evidence.getOriginalFilename(),
                            evidence.getContentType(), in, "evidence");
                    evidenceId = ref.id();
                }
            }
            Declaration d = service.create(new DeclarationService.DeclarationInput(metric, orgId, period, value, numerator,
                    denominator, note, evidenceId), me);
            redirect.addFlashAttribute("notice", "已保存申报草稿");
            return "redirect:/reports/declarations/" + d.id();
        } catch (BusinessException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/reports/declarations/new" + (metric == null ? "" : "?metric=" + metric);
        } catch (IOException e) {
            redirect.addFlashAttribute("error", "读取佐证材料失败,请重新上传");
            return "redirect:/reports/declarations/new";
        }
    }

    @GetMapping("/reports/declarations/{id}")
    String detail(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.requireAny(me, ReportingPermission.READ, ReportingPermission.DECLARE);
        Declaration d = declarations.get(id, me);
        model.addAttribute("d", d);
        model.addAttribute("definition", metrics.find(d.metric()).orElse(null));
        model.addAttribute("orgName", orgUnits.find(d.orgId()).map(u -> u.name()).orElse(""));
        model.addAttribute("evidence", d.evidenceId() == null ? null : attachments.find(d.evidenceId()).orElse(null));
        model.addAttribute("reviews", declarations.reviews(d.orgId(), d.id()));
        model.addAttribute("canDeclare", me.can(ReportingPermission.DECLARE));
        model.addAttribute("canReview", me.can(ReportingPermission.REVIEW));
        return "reports/declaration";
    }

    @PostMapping("/reports/declarations/{id}/edit")
    String edit(@PathVariable UUID id, @RequestParam(required = false) BigDecimal value,
            @RequestParam(required = false) BigDecimal numerator, @RequestParam(required = false) BigDecimal denominator,
            @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile evidence,
            RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            Declaration d = declarations.get(id, me);
            UUID evidenceId = null;
            if (evidence != null && !evidence.isEmpty()) {
                try (InputStream in = evidence.getInputStream()) {
                    evidenceId = attachments.store(d.orgId(), evidence.getOriginalFilename(), evidence.getContentType(), in,
                            "evidence").id();
                }
            }
            service.edit(id, new DeclarationService.DeclarationInput(d.metric(), d.orgId(), d.period().code(), value,
                    numerator, denominator, note, evidenceId), me);
            redirect.addFlashAttribute("notice", "已保存修改");
        } catch (BusinessException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IOException e) {
            redirect.addFlashAttribute("error", "读取佐证材料失败,请重新上传");
        }
        return "redirect:/reports/declarations/" + id;
    }

    @PostMapping("/reports/declarations/{id}/{action:submit|accept|return}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            Declaration d = switch (action) {
                case "submit" -> service.submit(id, me);
                case "accept" -> service.accept(id, me);
                default -> service.returnForSupplement(id, reason, me);
            };
            redirect.addFlashAttribute("notice", "申报状态:" + d.status().label());
        } catch (BusinessException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/declarations/" + id;
    }
}
