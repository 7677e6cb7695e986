package cn.fazhi.reporting;

import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.annual.AnnualReport;
import cn.fazhi.reporting.annual.AnnualReportService;
import cn.fazhi.reporting.annual.Rendered;
import cn.fazhi.reporting.declared.Declaration;
import cn.fazhi.reporting.declared.DeclarationService;
import cn.fazhi.reporting.declared.DeclaredMetrics;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the reporting module (after the other demo loaders): the accepted declarations of 2025 that the 2025
 * annual report of 示范市人民政府 needs (every declared figure of its template), each declared by the unit that keeps
 * the figure, with an evidence file of our own writing and accepted by the legal-affairs office (sfj), and the report
 * draft generated from the demo records (after DisputesDemoData, @Order(40), so the disputes figures are there). A
 * figure the system computes but the demo records do not give (e.g. no progress report due yet) has its sentence dropped by the office, as the template allows, so that the draft can
 * go through 审核 → 领导审定 → 发布. Idempotent: a declaration is loaded only when its unit has no accepted one for the
 * metric and year, and the draft only when the city has no 2025 report.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "fazhi.demo.enabled", havingValue = "true")
class ReportingDemoData implements ApplicationRunner {

    static final int YEAR = 2025;
    private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);

    /** Metric, declaring user (whose unit keeps the figure), value, the ledger or system the figure is taken from. */
    record Demo(String metric, String user, BigDecimal value, String source) {
    }

    static final List<Demo> DECLARATIONS = List.of(
            // 市政府办公室: 政务服务、12345 热线、政务公开、重大行政决策目录
            new Demo("service_item.online_items", "zfb", new BigDecimal("1268"), "政务服务网事项管理系统导出的“网上可办”事项清单"),
            new Demo("hotline_12345.received", "zfb", new BigDecimal("48216"), "12345政务服务便民热线系统年度受理统计表"),
            new Demo("openness.published", "zfb", new BigDecimal("3512"), "政府信息公开平台年度主动公开条目统计"),
            new Demo("openness.requests_received", "zfb", new BigDecimal("86"), "政府信息公开申请登记台账(年度报告表三“本年新收”)"),
            new Demo("major_decision.made", "zfb", new BigDecimal("6"), "年度重大行政决策事项目录及决策程序台账"),
            // 市司法局: 规范性文件备案与清理、领导干部学法
            new Demo("normative_doc.filed", "sfj", new BigDecimal("23"), "规范性文件备案审查登记簿"),
            new Demo("normative_doc.retained", "sfj", new BigDecimal("76"), "规范性文件清理结果目录(保留)"),
            new Demo("normative_doc.amended", "sfj", new BigDecimal("5"), "规范性文件清理结果目录(修改)"),
            new Demo("normative_doc.repealed", "sfj", new BigDecimal("9"), "规范性文件清理结果目录(废止)"),
            new Demo("training.sessions", "sfj", new BigDecimal("8"), "政府常务会议会前学法及法治专题讲座签到表"),
            new Demo("training.participants", "sfj", new BigDecimal("1140"), "政府常务会议会前学法及法治专题讲座签到表"),
            // 市公安局、市财政局: 本部门的执法与学法
            new Demo("enforcement.penalty_cases", "gaj", new BigDecimal("2846"), "省行政执法监督平台导出的本局行政处罚决定清单"),
            new Demo("training.sessions", "gaj", new BigDecimal("4"), "本局执法人员法治培训通知及签到表"),
            new Demo("training.participants", "gaj", new BigDecimal("320"), "本局执法人员法治培训通知及签到表"),
            new Demo("enforcement.penalty_cases", "czj", new BigDecimal("6"), "省行政执法监督平台导出的本局行政处罚决定清单"),
            new Demo("two_law.transferred", "czj", new BigDecimal("2"), "两法衔接信息共享平台移送记录"));

    private final JdbcTemplate jdbc;
    private final JdbcAccountDirectory directory;
    private final DeclarationService declarations;
    private final DeclaredMetrics declaredMetrics;
    private final AnnualReportService reports;
    private final Attachments attachments;
    private final TransactionTemplate tx;

    ReportingDemoData(JdbcTemplate jdbc, JdbcAccountDirectory directory, DeclarationService declarations,
            DeclaredMetrics declaredMetrics, AnnualReportService reports, Attachments attachments,
            PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.declarations = declarations;
        this.declaredMetrics = declaredMetrics;
        this.reports = reports;
        this.attachments = attachments;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> city = jdbc.queryForList("select id from org_unit where code = 'CITY'", Long.class);
        FazhiPrincipal sfj = directory.loadByUsername("sfj").orElse(null);
        if (city.isEmpty() || sfj == null) {
            log.warn("Demo annual report not loaded: demo city or demo user sfj missing");
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            tx.executeWithoutResult(status -> {
                int loaded = 0;
                for (Demo d : DECLARATIONS) {
                    loaded += declare(d, sfj) ? 1 : 0;
                }
                Integer existing = jdbc.queryForObject(
                        "select count(*) from annual_report where org_id = ? and report_year = ?", Integer.class,
                        city.get(0), YEAR);
                if (existing != null && existing > 0) {
                    log.info("Demo declarations: {} loaded; demo annual report present: not loaded again", loaded);
                    return;
                }
                signIn(sfj);
                AnnualReport report = reports.create(city.get(0), YEAR, sfj);
                int dropped = dropComputedGaps(report, sfj);
                log.info("Demo annual report {} loaded ({} accepted declarations loaded, {} sentences without records dropped)",
                        YEAR, loaded, dropped);
            });
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.setContext(context);
        }
    }

    /** Declares, submits and accepts one figure unless the unit already has an accepted declaration of it. */
    private boolean declare(Demo d, FazhiPrincipal sfj) {
        FazhiPrincipal unit = directory.loadByUsername(d.user()).orElse(null);
        if (unit == null || !declaredMetrics.isDeclared(d.metric())) {
            return false; // a database from before this user existed, or the metric is computed in this build
        }
        Integer accepted = jdbc.queryForObject("""
                select count(*) from declaration where org_id = ? and metric = ? and period_code = ?
                  and status = 'ACCEPTED' and superseded_by is null""", Integer.class, unit.orgId(), d.metric(),
                String.valueOf(YEAR));
        if (accepted != null && accepted > 0) {
            return false;
        }
        String label = declaredMetrics.find(d.metric()).map(m -> m.label()).orElse(d.metric());
        String unitName = jdbc.queryForObject("select name from org_unit where id = ?", String.class, unit.orgId());
        signIn(unit);
        AttachmentRef ref = attachments.store(unit.orgId(), YEAR + "年度" + label + "申报佐证.txt", "text/plain",
                new ByteArrayInputStream(evidence(d, label, unitName).getBytes(StandardCharsets.UTF_8)), "evidence");
        Declaration decl = declarations.create(new DeclarationService.DeclarationInput(d.metric(), unit.orgId(),
                String.valueOf(YEAR), d.value(), null, null, "数据来源:" + d.source(), ref.id()), unit);
        declarations.submit(decl.id(), unit);
        signIn(sfj);
        declarations.accept(decl.id(), sfj);
        return true;
    }

    /** Our own evidence text (not a seed document). */
    static String evidence(Demo d, String label, String unitName) {
        return """
                %s %d年度申报数据佐证说明(演示材料)

                指标:%s(%s)
                申报数值:%s
                数据来源:%s。
                数据由本单位经办人从上述台账(系统)导出,经科室负责人核对后申报;原始台账保存于本单位,如需核查可调阅。
                本材料为演示系统自拟文字。
                """.formatted(unitName, YEAR, label, d.metric(), d.value().toPlainString(), d.source());
    }

    /** Drops the sentences whose computed figures have no value for the demo records (the office's choice in the UI). */
    private int dropComputedGaps(AnnualReport report, FazhiPrincipal sfj) {
        int dropped = 0;
        for (Rendered.Section section : reports.view(report.id(), sfj).rendered().sections()) {
            for (Rendered.Sentence sentence : section.sentences()) {
                boolean computedGap = sentence.figures().stream().anyMatch(f -> f.missing() && !f.declared());
                if (computedGap) {
                    reports.dropSentence(report.id(), sentence.key(), true, sfj);
                    dropped++;
                }
            }
        }
        return dropped;
    }

    private static void signIn(FazhiPrincipal p) {
        var own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(own);
    }
}
