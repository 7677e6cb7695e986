package cn.fazhi.disputes.reconsideration.web;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.reconsideration.CaseDeadlines;
import cn.fazhi.disputes.reconsideration.Channel;
import cn.fazhi.disputes.reconsideration.ReconsiderationCase;
import cn.fazhi.disputes.reconsideration.ReconsiderationService;
import cn.fazhi.platform.kernel.BusinessException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal's online application (no login; CSRF on) and tracking by code. The tracking page shows the
 * state and key dates of the one case whose code was given, nothing else.
 */
@Controller
class PublicReconsiderationPages {

    private final ReconsiderationService service;
    private final JdbcTemplate jdbc;

    PublicReconsiderationPages(ReconsiderationService service, JdbcTemplate jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    record Organ(long id, String name) {
    }

    private List<Organ> organs() {
        return jdbc.query("select id, name from org_unit where kind = 'GOVERNMENT' and active = true order by path",
                (rs, i) -> new Organ(rs.getLong("id"), rs.getString("name")));
    }

    @GetMapping("/public/reconsideration/apply")
    String form(Model model) {
        model.addAttribute("organs", organs());
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "public/reconsideration-apply";
    }

    @PostMapping("/public/reconsideration/apply")
    String apply(@RequestParam Map<String, String> form, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long organId = null;
        try {
            organId = Long.parseLong(form.getOrDefault("organId", ""));
        } catch (NumberFormatException e) {
            errors.put("organId", "请选择行政复议机关");
        }
        if (errors.isEmpty()) {
            try {
                ReconsiderationCase c = service.applyOnline(new ReconsiderationService.Application(null,
                        form.get("applicant"), form.get("contact"), form.get("respondent"), form.get("actDescription"),
                        Channel.ONLINE, organId));
                model.addAttribute("code", c.trackingCode());
                model.addAttribute("caseNo", c.caseNo());
                model.addAttribute("organ", service.orgName(c.orgId()));
                model.addAttribute("reviewDue", service.deadlines().acceptanceReview(c).due());
                return "public/reconsideration-applied";
            } catch (BusinessException e) {
                if (!e.fieldErrors().isEmpty()) {
                    e.fieldErrors().forEach(fe -> errors.put(fe.field(), fe.message()));
                } else {
                    errors.put("form", e.getMessage());
                }
            }
        }
        model.addAttribute("organs", organs());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "public/reconsideration-apply";
    }

    @GetMapping("/public/reconsideration/track")
    String track(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            String c0 = code.strip().toUpperCase(java.util.Locale.ROOT);
            if (!c0.matches("FY[A-Z0-9]{10}")) {
                model.addAttribute("error", "查询码格式不正确,应为 FY 开头的 12 位字母数字");
            } else {
                service.store().findByTrackingCode(c0).ifPresentOrElse(c -> {
                    model.addAttribute("found", c);
                    model.addAttribute("stateLabel", c.state().label());
                    model.addAttribute("organ", service.orgName(c.orgId()));
                    model.addAttribute("respondent", service.orgName(c.respondentOrgId()));
                    model.addAttribute("deemedOn", service.deemedAcceptanceOn(c));
                    List<CaseDeadline> ds = service.deadlinesOf(c);
                    model.addAttribute("reviewDue", ds.stream().filter(d -> d.step().equals(CaseDeadlines.ACCEPTANCE_REVIEW))
                            .map(CaseDeadline::due).findFirst().orElse(null));
                    model.addAttribute("decisionDue", ds.stream().filter(d -> d.step().equals(CaseDeadlines.DECISION))
                            .map(CaseDeadline::due).findFirst().orElse(null));
                }, () -> model.addAttribute("error", "没有找到该查询码对应的申请,请核对后重试"));
            }
        }
        return "public/reconsideration-track";
    }
}
