package cn.fazhi.reporting.annual.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingPermission;
import cn.fazhi.reporting.annual.AnnualReport;
import cn.fazhi.reporting.annual.AnnualReportDeadline;
import cn.fazhi.reporting.annual.AnnualReportService;
import cn.fazhi.reporting.annual.Rendered;
import cn.fazhi.reporting.annual.ReportOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annual report pages: the list with the create form, the editor (narratives saved by htmx, figures as links to
 * their records, gaps shown as 【未申报】), workflow buttons for the user's permissions, comments and versions.
 */
@Controller
class AnnualReportPages {

    private final AnnualReportService service;
    private final ReportOutput output;
    private final OrgUnits orgUnits;
    private final AnnualReportDeadline deadline;
    private final Clock clock;

    AnnualReportPages(AnnualReportService service, ReportOutput output, OrgUnits orgUnits, AnnualReportDeadline deadline,
            Clock clock) {
        this.service = service;
        this.output = output;
        this.orgUnits = orgUnits;
        this.deadline = deadline;
        this.clock = clock;
    }

    @GetMapping("/reports/annual")
    String list(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        int lastYear = LocalDate.now(clock).getYear() - 1;
        model.addAttribute("reports", service.list(me));
        model.addAttribute("canCompose", me.can(ReportingPermission.COMPOSE));
        model.addAttribute("orgs", orgUnits.treeInScope(me));
        model.addAttribute("year", lastYear);
        model.addAttribute("dueText", deadline.dueText(lastYear));
        return "reports/annual-list";
    }

    @PostMapping("/reports/annual")
    String create(@RequestParam long orgId, @RequestParam int year, RedirectAttributes redirect) {
        try {
            AnnualReport r = service.create(orgId, year, CurrentUser.get());
            redirect.addFlashAttribute("notice", "已按模板生成报告草稿");
            return "redirect:/reports/annual/" + r.id();
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/reports/annual";
        }
    }

    @GetMapping("/reports/annual/{id}")
    String editor(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        var view = service.view(id, me);
        model.addAttribute("v", view);
        model.addAttribute("r", view.report());
        model.addAttribute("doc", view.rendered());
        model.addAttribute("due", deadline.dueOn(view.report().year()));
        model.addAttribute("canCompose", me.can(ReportingPermission.COMPOSE));
        model.addAttribute("canReview", me.can(ReportingPermission.REVIEW));
        model.addAttribute("canApprove", me.can(ReportingPermission.APPROVE));
        model.addAttribute("canPublish", me.can(ReportingPermission.PUBLISH));
        return "reports/annual-report";
    }

    @PostMapping("/reports/annual/{id}/sections/{key}")
    Object saveSection(@PathVariable UUID id, @PathVariable String key, @RequestParam(required = false) String narrative,
            @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        try {
            service.editSection(id, key, narrative, CurrentUser.get());
            if (htmx != null) {
                return ResponseEntity.ok().contentType(MediaType.valueOf("text/html;charset=UTF-8"))
                        .body("<span class=\"tag is-success is-light\">已保存</span>");
            }
            redirect.addFlashAttribute("notice", "已保存");
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            if (htmx != null) {
                return ResponseEntity.ok().contentType(MediaType.valueOf("text/html;charset=UTF-8"))
                        .body("<span class=\"tag is-danger is-light\">" + esc(e.getMessage()) + "</span>");
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/annual/" + id + "#section-" + key;
    }

    @PostMapping("/reports/annual/{id}/header")
    String saveHeader(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String signature, RedirectAttributes redirect) {
        try {
            service.editHeader(id, title, signature, CurrentUser.get());
            redirect.addFlashAttribute("notice", "已保存标题和署名");
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/annual/" + id;
    }

    @PostMapping("/reports/annual/{id}/sentences/{key}")
    String dropSentence(@PathVariable UUID id, @PathVariable String key, @RequestParam boolean dropped,
            RedirectAttributes redirect) {
        try {
            service.dropSentence(id, key, dropped, CurrentUser.get());
            redirect.addFlashAttribute("notice", dropped ? "已删去该数据句" : "已恢复该数据句");
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/annual/" + id;
    }

    @PostMapping("/reports/annual/{id}/{step:submit|approve-review|approve|publish|return}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        AnnualReportService.Step s = AnnualReportService.Step.valueOf(step.toUpperCase().replace('-', '_'));
        try {
            AnnualReport r = service.transition(id, s, comment, CurrentUser.get());
            redirect.addFlashAttribute("notice", "报告状态:" + r.status().label());
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/annual/" + id;
    }

    @PostMapping("/reports/annual/{id}/corrections")
    String correction(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            AnnualReport v = service.correction(id, note, CurrentUser.get());
            redirect.addFlashAttribute("notice", "已形成第" + v.versionNo() + "版(更正),请修改后重新提交审核");
            return "redirect:/reports/annual/" + v.id();
        } catch (BusinessException e) {
            rethrowIfNotInline(e);
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/reports/annual/" + id;
        }
    }

    /** The records behind a figure of a published version, as frozen at publication. */
    @GetMapping("/reports/annual/{id}/records/{metric}")
    String frozenRecords(@PathVariable UUID id, @PathVariable String metric, Model model) {
        var view = service.view(id, CurrentUser.get());
        Rendered.Figure figure = view.rendered().figure(metric).filter(f -> f.records() != null)
                .orElseThrow(() -> BusinessException.notFound("冻结的数据来源"));
        model.addAttribute("r", view.report());
        model.addAttribute("doc", view.rendered());
        model.addAttribute("f", figure);
        return "reports/annual-records";
    }

    @GetMapping("/reports/annual/{id}/document.docx")
    @ResponseBody
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        Rendered.Report r = service.rendered(id, CurrentUser.get());
        return AnnualReportApi.file(output.docx(r), AnnualReportApi.DOCX, r.title() + ".docx");
    }

    @GetMapping("/reports/annual/{id}/document.pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Rendered.Report r = service.rendered(id, CurrentUser.get());
        return AnnualReportApi.file(output.pdf(r), MediaType.APPLICATION_PDF_VALUE, r.title() + ".pdf");
    }

    static void rethrowIfNotInline(BusinessException e) {
        if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
            throw e;
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
