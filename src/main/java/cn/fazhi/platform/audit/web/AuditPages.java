package cn.fazhi.platform.audit.web;

import cn.fazhi.platform.audit.AuditChainVerifier;
import cn.fazhi.platform.audit.AuditOrgNames;
import cn.fazhi.platform.audit.AuditPermissions;
import cn.fazhi.platform.audit.AuditQuery;
import cn.fazhi.platform.audit.AuditRecords;
import cn.fazhi.platform.audit.ChainVerification;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/** The audit viewer ({@code /admin/audit}) and the chain verification page ({@code /admin/audit/verify}). */
@Controller
class AuditPages {

    private final AuditRecords records;
    private final AuditChainVerifier verifier;
    private final ObjectProvider<AuditOrgNames> orgNames;
    private final ObjectMapper json;

    AuditPages(AuditRecords records, AuditChainVerifier verifier, ObjectProvider<AuditOrgNames> orgNames,
            ObjectMapper json) {
        this.records = records;
        this.verifier = verifier;
        this.orgNames = orgNames;
        this.json = json;
    }

    /** A table row: the record plus its before/after JSON indented for reading. */
    record Row(AuditRecordView r, String before, String after) {
    }

    /** The filter form's values as typed, so that a rejected value stays visible next to its message. */
    record Filter(String actor, String orgId, String entityType, String entityId, String action, String from,
            String to) {
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String orgId,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size, Model model) {
        AuditAccess.require(AuditPermissions.READ);
        Filter filter = new Filter(actor, orgId, entityType, entityId, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("knownActions", AuditRecords.KNOWN_ACTIONS);
        model.addAttribute("rows", List.of());
        model.addAttribute("page", 0);
        model.addAttribute("size", 20);
        model.addAttribute("hasNext", false);
        try {
            int p = parseInt(page, "page", "页码");
            int s = parseInt(size, "size", "每页条数");
            AuditQuery q = new AuditQuery(actor, parseLong(orgId, "orgId", "单位编号"), entityType, entityId, action,
                    parseDate(from, "from", "开始日期"), parseDate(to, "to", "结束日期"));
            AuditRecords.Page result = records.search(q, p, s);
            Map<Long, String> names = AuditApi.orgNamesOf(result.items(), orgNames);
            model.addAttribute("rows", result.items().stream().map(r -> {
                AuditRecordView v = AuditRecordView.of(r, r.actorOrgId() == null ? null : names.get(r.actorOrgId()));
                return new Row(v, AuditRecordView.pretty(json, r.beforeJson()), AuditRecordView.pretty(json, r.afterJson()));
            }).toList());
            model.addAttribute("page", result.page());
            model.addAttribute("size", result.size());
            model.addAttribute("hasNext", result.hasNext());
            model.addAttribute("prevUrl", result.page() > 0 ? pageUrl(filter, result.page() - 1, result.size()) : null);
            model.addAttribute("nextUrl", result.hasNext() ? pageUrl(filter, result.page() + 1, result.size()) : null);
        } catch (BusinessException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "admin/audit";
    }

    @GetMapping("/admin/audit/verify")
    String verifyPage(Model model) {
        AuditAccess.require(AuditPermissions.VERIFY);
        return "admin/audit-verify";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        AuditAccess.require(AuditPermissions.VERIFY);
        ChainVerification result = verifier.sealVerifyAndRecord();
        model.addAttribute("result", result);
        return "admin/audit-verify";
    }

    private static String pageUrl(Filter f, int page, int size) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/audit");
        param(b, "actor", f.actor());
        param(b, "orgId", f.orgId());
        param(b, "entityType", f.entityType());
        param(b, "entityId", f.entityId());
        param(b, "action", f.action());
        param(b, "from", f.from());
        param(b, "to", f.to());
        return b.queryParam("page", page).queryParam("size", size).encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.trim());
        }
    }

    private static int parseInt(String text, String field, String label) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(field, label + "“" + text + "”不是整数");
        }
    }

    private static Long parseLong(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(field, label + "“" + text + "”不是数字");
        }
    }

    private static LocalDate parseDate(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, label + "“" + text + "”格式不正确,应为 yyyy-MM-dd");
        }
    }
}
