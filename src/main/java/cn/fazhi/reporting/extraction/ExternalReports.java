package cn.fazhi.reporting.extraction;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.metrics.MetricsPermissions;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingPermission;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other places' annual reports, read for their figures and saved per place and year by the saving organisation
 * (org_id), and compared with our own metrics. Saving is idempotent: the same place, year and text is one record.
 * Reading happens before anything is written, so a refused document leaves nothing behind.
 */
@Service
public class ExternalReports {

    /** A saved extraction (without its text and figures in lists). */
    public record ExternalReport(UUID id, long orgId, String place, int year, String title, String textHash,
            String sourceName, UUID attachmentId, int figureCount, OffsetDateTime createdAt, long createdBy) {
    }

    /** A saved extraction with its text and figures. */
    public record ExternalReportDetail(ExternalReport report, String text, List<FigureExtractor.Figure> figures) {
    }

    /** What {@link #save} did: the record, and whether it was new (false: the same text was saved before). */
    public record Saved(ExternalReport report, boolean created) {
    }

    /** One place's figure for a metric in the comparison. */
    public record PlaceValue(UUID reportId, String place, BigDecimal value, String unit, String qualifier,
            String evidence) {
    }

    /** One metric of the comparison: our value (null: no records / not declared) beside each place's. */
    public record ComparisonRow(String metric, String label, String unit, boolean declared, BigDecimal ours,
            List<PlaceValue> places) {
    }

    public record Comparison(int year, long orgId, List<String> places, List<ComparisonRow> rows) {
    }

    private static final String COLUMNS = "r.id, r.org_id, r.place, r.report_year, r.title, r.text_hash, r.source_name, "
            + "r.attachment_id, r.figure_count, r.created_at, r.created_by";

    private final JdbcTemplate jdbc;
    private final ReportReading reading;
    private final Attachments attachments;
    private final AuditLog audit;
    private final MetricCatalogue catalogue;
    private final Clock clock;

    public ExternalReports(JdbcTemplate jdbc, ReportReading reading, Attachments attachments, AuditLog audit,
            MetricCatalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.reading = reading;
        this.attachments = attachments;
        this.audit = audit;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Reads the report (a file, or pasted text when {@code content} is null) and saves its figures for the place and
     * year, with the source kept as an attachment of the actor's organisation.
     */
    @Transactional
    public Saved save(String place, Integer year, String title, byte[] content, String filename, String contentType,
            String pastedText, FazhiPrincipal actor) {
        Access.require(actor, ReportingPermission.EXTRACT);
        String p = place == null ? "" : place.strip();
        if (p.isEmpty()) {
            throw BusinessException.invalid("place", "请填写报告所属地方(如 荆门市)");
        }
        if (p.length() > 100) {
            throw BusinessException.invalid("place", "地方名称不能超过 100 个字");
        }
        if (year == null) {
            throw BusinessException.invalid("year", "请填写报告年度");
        }
        MetricPeriod.year(year); // 1949–2999, Chinese message otherwise
        String t = title == null || title.isBlank() ? null : title.strip();
        if (t != null && t.length() > 300) {
            throw BusinessException.invalid("title", "标题不能超过 300 个字");
        }
        boolean file = content != null;
        FigureExtractor.Extraction ex = file ? reading.readFile(content, filename) : reading.readText(pastedText);
        if (ex.figures().isEmpty()) {
            throw new BusinessException("NO_FIGURES", "没有读到任何数字(数值加单位),未保存;请确认上传的是报告正文", 422);
        }
        String hash = sha256(ex.text());
        Optional<ExternalReport> existing = find(actor.orgId(), p, year, hash);
        if (existing.isPresent()) {
            return new Saved(existing.get(), false);
        }
        byte[] source = file ? content : pastedText.getBytes(StandardCharsets.UTF_8);
        String sourceName = file ? (filename == null || filename.isBlank() ? "报告" : filename) : p + year + "年度报告(粘贴文本).txt";
        AttachmentRef ref = attachments.store(actor.orgId(), sourceName, file ? contentType : "text/plain",
                new ByteArrayInputStream(source), "external_report");
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        try {
            jdbc.update("insert into external_report (org_id, id, place, report_year, title, text_hash, text, source_name, "
                    + "attachment_id, figure_count, created_at, created_by) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                    actor.orgId(), id, p, year, t, hash, ex.text(), ref.filename(), ref.id(), ex.figures().size(), now,
                    actor.userId());
        } catch (DuplicateKeyException e) {
            // saved concurrently by a colleague: the earlier record stands
            throw new BusinessException("ALREADY_SAVED", "同一地方、年度的同一份报告刚刚已被保存,请刷新列表", 409);
        }
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (FigureExtractor.Figure f : ex.figures()) {
            rows.add(new Object[] {actor.orgId(), id, seq++, f.value(), f.unit(), f.qualifier(), f.metric(),
                    cut(f.label(), 200), cut(f.evidence(), 200), f.start(), f.end()});
        }
        jdbc.batchUpdate("insert into external_report_figure (external_report_org_id, external_report_id, seq, figure_value, "
                + "unit, qualifier, metric, label, evidence, start_offset, end_offset) values (?,?,?,?,?,?,?,?,?,?,?)", rows);
        ExternalReport saved = new ExternalReport(id, actor.orgId(), p, year, t, hash, ref.filename(), ref.id(),
                ex.figures().size(), now, actor.userId());
        audit.record("external_report.save", "external_report", id.toString(), null,
                Map.of("place", p, "year", year, "figures", ex.figures().size(), "textHash", hash,
                        "attachmentId", ref.id().toString()));
        return new Saved(saved, true);
    }

    /** Saved extractions within the actor's data scope, newest year first. */
    @Transactional(readOnly = true)
    public List<ExternalReport> list(FazhiPrincipal actor, Integer year) {
        requireRead(actor);
        DataScope.SqlCondition c = actor.scope().filter("r.org_id", "r.created_by");
        List<Object> params = new ArrayList<>(c.params());
        String yearSql = "";
        if (year != null) {
            yearSql = " and r.report_year = ?";
            params.add(year);
        }
        return jdbc.query("select " + COLUMNS + " from external_report r where " + c.sql() + yearSql
                + " order by r.report_year desc, r.place, r.created_at", (rs, i) -> map(rs), params.toArray());
    }

    /** One saved extraction with its text and figures; out of scope is "not found". */
    @Transactional(readOnly = true)
    public ExternalReportDetail get(UUID id, FazhiPrincipal actor) {
        requireRead(actor);
        DataScope.SqlCondition c = actor.scope().filter("r.org_id", "r.created_by");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<ExternalReportDetail> l = jdbc.query("select " + COLUMNS + ", r.text from external_report r where r.id = ? and "
                + c.sql(), (rs, i) -> new ExternalReportDetail(map(rs), rs.getString("text"), List.of()), params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("外地报告");
        }
        ExternalReport r = l.get(0).report();
        List<FigureExtractor.Figure> figures = jdbc.query("select figure_value, unit, qualifier, metric, label, evidence, "
                + "start_offset, end_offset from external_report_figure where external_report_org_id = ? and "
                + "external_report_id = ? order by seq", (rs, i) -> new FigureExtractor.Figure(
                        rs.getBigDecimal(1).stripTrailingZeros().scale() < 0 ? rs.getBigDecimal(1).setScale(0)
                                : rs.getBigDecimal(1).stripTrailingZeros(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getInt(8)), r.orgId(), r.id());
        return new ExternalReportDetail(r, l.get(0).text(), figures);
    }

    /**
     * For each catalogue metric that a saved report of {@code year} names: our value (the catalogue, for
     * {@code orgId} with its subordinates and the year) beside each place's figure (its first figure for the metric).
     */
    @Transactional(readOnly = true)
    public Comparison comparison(int year, long orgId, FazhiPrincipal actor) {
        requireRead(actor);
        Access.require(actor, MetricsPermissions.READ);
        MetricPeriod period = MetricPeriod.year(year);
        List<ExternalReport> reports = list(actor, year);
        Map<String, Map<UUID, PlaceValue>> byMetric = new LinkedHashMap<>();
        for (ExternalReport r : reports) {
            jdbc.query("select metric, figure_value, unit, qualifier, evidence from external_report_figure "
                    + "where external_report_org_id = ? and external_report_id = ? and metric is not null order by seq",
                    rs -> {
                        String metric = rs.getString(1);
                        if (catalogue.find(metric).isEmpty()) {
                            return;
                        }
                        byMetric.computeIfAbsent(metric, k -> new LinkedHashMap<>()).putIfAbsent(r.id(),
                                new PlaceValue(r.id(), r.place(), rs.getBigDecimal(2).stripTrailingZeros(),
                                        rs.getString(3), rs.getString(4), rs.getString(5)));
                    }, r.orgId(), r.id());
        }
        MetricQuery query = new MetricQuery(orgId, true, period);
        List<ComparisonRow> rows = new ArrayList<>();
        for (MetricDefinition d : catalogue.definitions()) {
            Map<UUID, PlaceValue> places = byMetric.get(d.name());
            if (places == null) {
                continue;
            }
            MetricValue ours = catalogue.value(d.name(), query, actor);
            rows.add(new ComparisonRow(d.name(), d.label(), d.unit().symbol(), catalogue.isDeclared(d.name()),
                    ours.value(), List.copyOf(places.values())));
        }
        List<String> placeNames = reports.stream().map(ExternalReport::place).distinct().toList();
        return new Comparison(year, orgId, placeNames, rows);
    }

    private static void requireRead(FazhiPrincipal actor) {
        Access.requireAny(actor, ReportingPermission.READ, ReportingPermission.EXTRACT);
    }

    private Optional<ExternalReport> find(long orgId, String place, int year, String hash) {
        return jdbc.query("select " + COLUMNS + " from external_report r where r.org_id = ? and r.place = ? and "
                + "r.report_year = ? and r.text_hash = ?", (rs, i) -> map(rs), orgId, place, year, hash).stream().findFirst();
    }

    private static ExternalReport map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ExternalReport(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getInt(9),
                rs.getObject(10, OffsetDateTime.class), rs.getLong(11));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
