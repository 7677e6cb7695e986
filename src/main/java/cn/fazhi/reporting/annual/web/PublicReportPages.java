package cn.fazhi.reporting.annual.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.reporting.annual.AnnualReport;
import cn.fazhi.reporting.annual.AnnualReportStatus;
import cn.fazhi.reporting.annual.AnnualReports;
import cn.fazhi.reporting.annual.ReportComposer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public portal's annual reports (no sign-in): the latest published version of each organisation's report per
 * year, its frozen text and figures (plain, not linked to internal records), and the list of its corrections.
 */
@Controller
class PublicReportPages {

    private final AnnualReports reports;

    PublicReportPages(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/public/reports")
    String list(Model model) {
        Map<String, AnnualReports.Row> latest = new LinkedHashMap<>();
        for (AnnualReports.Row row : reports.publishedRows()) {
            latest.putIfAbsent(row.orgId() + "/" + row.year(), row); // rows come newest version first
        }
        model.addAttribute("reports", new ArrayList<>(latest.values()));
        return "public/reports";
    }

    @GetMapping("/public/reports/{id}")
    String report(@PathVariable UUID id, Model model) {
        AnnualReport r = reports.published(id).orElseThrow(() -> BusinessException.notFound("已发布的年度报告"));
        List<AnnualReport> published = reports.versions(r.orgId(), r.year()).stream()
                .filter(v -> v.status() == AnnualReportStatus.PUBLISHED).toList();
        model.addAttribute("r", r);
        model.addAttribute("doc", ReportComposer.thaw(r.frozen()));
        model.addAttribute("versions", published);
        model.addAttribute("latest", published.get(published.size() - 1));
        return "public/report";
    }
}
