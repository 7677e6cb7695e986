package cn.fazhi.reporting.annual;

import cn.fazhi.platform.documents.OfficialDocument;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;

/**
 * Renders a report version from the template, the office's narratives and the metrics (figures for the report's
 * organisation with its subordinates, for the report's year), and freezes it for publication.
 */
@Component
public class ReportComposer {

    private final ReportTemplate template = ReportTemplate.standard();
    private final ReportFigures figures;
    private final OrgUnits orgUnits;

    ReportComposer(ReportFigures figures, OrgUnits orgUnits) {
        this.figures = figures;
        this.orgUnits = orgUnits;
    }

    public ReportTemplate template() {
        return template;
    }

    public static String title(String orgName, int year) {
        return orgName + "关于" + year + "年度法治政府建设工作情况的报告";
    }

    /** The report rendered from live metrics; {@code withRecords} lists every record behind each figure. */
    public Rendered.Report render(AnnualReport r, boolean withRecords, LocalDate today) {
        OrgUnit unit = orgUnits.find(r.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
        MetricQuery q = new MetricQuery(r.orgId(), true, MetricPeriod.year(r.year()));
        // every figure of the template computed at once (a few grouped queries per module, not one per figure)
        List<String> names = new ArrayList<>();
        for (ReportTemplate.Section s : template.sections()) {
            for (ReportTemplate.Sentence t : s.sentences()) {
                Matcher m = ReportTemplate.PLACEHOLDER.matcher(t.template());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        Map<String, Rendered.Figure> cache = new HashMap<>(figures.figures(names, q, withRecords));
        List<Rendered.Section> sections = new ArrayList<>();
        for (ReportTemplate.Section s : template.sections()) {
            List<Rendered.Sentence> sentences = new ArrayList<>();
            for (ReportTemplate.Sentence t : s.sentences()) {
                sentences.add(sentence(t, q, cache, withRecords, r.content().isDropped(t.key())));
            }
            sections.add(new Rendered.Section(s.key(), s.heading(), s.level(), r.content().narrative(s.key()), sentences));
        }
        LocalDate date = r.approvedOn() != null ? r.approvedOn() : today;
        ReportContent c = r.content();
        return new Rendered.Report(c.getTitle() != null ? c.getTitle() : title(unit.name(), r.year()), unit.id(),
                unit.name(), r.year(), r.versionNo(), r.correctionNote(), sections,
                c.getSignature() != null ? c.getSignature() : unit.name(), OfficialDocument.chineseDate(date));
    }

    private Rendered.Sentence sentence(ReportTemplate.Sentence t, MetricQuery q, Map<String, Rendered.Figure> cache,
            boolean withRecords, boolean dropped) {
        List<Rendered.Segment> segments = new ArrayList<>();
        List<Rendered.Figure> figs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher m = ReportTemplate.PLACEHOLDER.matcher(t.template());
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                String plain = t.template().substring(last, m.start());
                segments.add(new Rendered.Segment(plain, null));
                text.append(plain);
            }
            Rendered.Figure f = cache.computeIfAbsent(m.group(1), name -> figures.figure(name, q, withRecords));
            figs.add(f);
            segments.add(new Rendered.Segment(f.text(), figs.size() - 1));
            text.append(f.text());
            last = m.end();
        }
        if (last < t.template().length()) {
            String plain = t.template().substring(last);
            segments.add(new Rendered.Segment(plain, null));
            text.append(plain);
        }
        boolean missing = figs.stream().anyMatch(Rendered.Figure::missing);
        return new Rendered.Sentence(t.key(), t.template(), text.toString(), segments, figs, missing, dropped);
    }

    /** The frozen copy: the rendered report with every record behind each figure, as JSON text. */
    public String freeze(AnnualReport r, LocalDate today) {
        Rendered.Report rendered = render(r, true, today).withRecordsLinks(f -> f.missing() ? null
                : "/reports/annual/" + r.id() + "/records/" + f.metric());
        return ReportContent.JSON.writeValueAsString(rendered);
    }

    public static Rendered.Report thaw(String frozen) {
        return ReportContent.JSON.readValue(frozen, Rendered.Report.class);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
