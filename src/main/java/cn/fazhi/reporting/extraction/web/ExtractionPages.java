package cn.fazhi.reporting.extraction.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingPermission;
import cn.fazhi.reporting.extraction.ExternalReports;
import cn.fazhi.reporting.extraction.FigureExtractor;
import cn.fazhi.reporting.extraction.ReportReading;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * {@code /reports/extract} (upload or paste → figures with the evidence highlighted → save for a place and year),
 * {@code /reports/external} (saved extractions), {@code /reports/comparison} (our city against other places).
 * Refusals are shown on the page as messages.
 */
@Controller
class ExtractionPages {

    /** A piece of the text: plain, or the evidence of figure {@code figure} (1-based; 0 = plain). */
    record Segment(String text, int figure) {
    }

    private final ReportReading reading;
    private final ExternalReports reports;
    private final OrgUnits orgUnits;
    private final Clock clock;

    ExtractionPages(ReportReading reading, ExternalReports reports, OrgUnits orgUnits, Clock clock) {
        this.reading = reading;
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @GetMapping("/reports/extract")
    String form(Model model) {
        Access.require(CurrentUser.get(), ReportingPermission.EXTRACT);
        model.addAttribute("year", LocalDate.now(clock).getYear() - 1);
        return "reports/extract";
    }

    @PostMapping("/reports/extract")
    String extract(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String text,
            @RequestParam(required = false) String place, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean save, Model model) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, ReportingPermission.EXTRACT);
        model.addAttribute("place", place);
        model.addAttribute("year", year == null ? LocalDate.now(clock).getYear() - 1 : year);
        model.addAttribute("pasted", text);
        boolean hasFile = file != null && !file.isEmpty();
        try {
            if (!hasFile && (text == null || text.isBlank())) {
                throw BusinessException.invalid("file", "请上传报告文件或粘贴报告全文");
            }
            if (save) {
                ExternalReports.Saved s = reports.save(place, year, null, hasFile ? file.getBytes() : null,
                        hasFile ? file.getOriginalFilename() : null, hasFile ? file.getContentType() : null, text, me);
                return "redirect:/reports/external/" + s.report().id() + (s.created() ? "?saved" : "?existing");
            }
            FigureExtractor.Extraction ex = hasFile ? reading.readFile(file.getBytes(), file.getOriginalFilename())
                    : reading.readText(text);
            model.addAttribute("text", ex.text());
            model.addAttribute("figures", ex.figures());
            model.addAttribute("segments", segments(ex.text(), ex.figures()));
            if (hasFile) {
                model.addAttribute("pasted", ex.text());
            }
        } catch (BusinessException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "reports/extract";
    }

    @GetMapping("/reports/external")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("reports", reports.list(CurrentUser.get(), year));
        model.addAttribute("year", year);
        return "reports/external";
    }

    @GetMapping("/reports/external/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) String saved,
            @RequestParam(required = false) String existing, Model model) {
        ExternalReports.ExternalReportDetail d = reports.get(id, CurrentUser.get());
        model.addAttribute("report", d.report());
        model.addAttribute("figures", d.figures());
        model.addAttribute("segments", segments(d.text(), d.figures()));
        model.addAttribute("saved", saved != null);
        model.addAttribute("existing", existing != null);
        return "reports/external-detail";
    }

    @GetMapping("/reports/comparison")
    String comparison(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long orgId,
            Model model) {
        FazhiPrincipal me = CurrentUser.get();
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        var orgs = orgUnits.treeInScope(me);
        // default: the top of what one sees (for the legal-affairs office, the city government with its subordinates)
        long org = orgId != null ? orgId : orgs.isEmpty() ? me.orgId() : orgs.get(0).unit().id();
        model.addAttribute("year", y);
        model.addAttribute("orgId", org);
        model.addAttribute("orgs", orgs);
        try {
            ExternalReports.Comparison c = reports.comparison(y, org, me);
            model.addAttribute("comparison", c);
            List<Map<String, Object>> chart = new ArrayList<>();
            for (ExternalReports.ComparisonRow r : c.rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                List<String> names = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                names.add("本市");
                values.add(r.ours());
                for (ExternalReports.PlaceValue p : r.places()) {
                    names.add(p.place());
                    values.add(p.value());
                }
                m.put("metric", r.metric());
                m.put("names", names);
                m.put("values", values);
                chart.add(m);
            }
            model.addAttribute("chart", chart);
        } catch (BusinessException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "reports/comparison";
    }

    /** The text cut into plain pieces and figure evidence (figures are in text order and do not overlap). */
    static List<Segment> segments(String text, List<FigureExtractor.Figure> figures) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        int n = 0;
        for (FigureExtractor.Figure f : figures) {
            n++;
            if (f.start() < at || f.end() > text.length()) {
                continue;
            }
            if (f.start() > at) {
                out.add(new Segment(text.substring(at, f.start()), 0));
            }
            out.add(new Segment(text.substring(f.start(), f.end()), n));
            at = f.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), 0));
        }
        return out;
    }
}
