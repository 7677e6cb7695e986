package cn.fazhi.reporting;

import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.annual.AnnualReportService;
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
 * Demo data of the reporting module (after the other demo loaders): a few accepted declarations of 2025 with an
 * evidence file of our own writing (only for metrics that are declared in this build), and the 2025 annual report
 * draft of 示范市人民政府 generated from the demo records. Idempotent: nothing is loaded when the draft exists.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "fazhi.demo.enabled", havingValue = "true")
class ReportingDemoData implements ApplicationRunner {

    static final int YEAR = 2025;
    private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);

    /** Metric, declaring user, value (or numerator/denominator for a rate). */
    private record Demo(String metric, String user, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    private static final List<Demo> DECLARATIONS = List.of(
            new Demo("hotline_12345.received", "czj", new BigDecimal("1860"), null, null),
            new Demo("hotline_12345.received", "gaj", new BigDecimal("3420"), null, null),
            new Demo("service_item.online_items", "czj", new BigDecimal("126"), null, null),
            new Demo("training.sessions", "gaj", new BigDecimal("4"), null, null));

    /** Our own evidence text (not a seed document). */
    private static final String EVIDENCE = """
            示范市2025年度申报数据佐证说明(演示材料)

            本材料为演示系统自拟文字,用于说明申报数据的来源:数据取自本单位业务台账,经科室负责人核对后申报。
            台账保存于本单位档案室,如需核查可调阅原始记录。
            """;

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
        if (city.isEmpty()) {
            log.warn("Demo annual report not loaded: demo city missing");
            return;
        }
        Integer existing = jdbc.queryForObject("select count(*) from annual_report where org_id = ? and report_year = ?",
                Integer.class, city.get(0), YEAR);
        if (existing != null && existing > 0) {
            log.info("Demo annual report present: not loaded again");
            return;
        }
        FazhiPrincipal sfj = directory.loadByUsername("sfj").orElse(null);
        if (sfj == null) {
            log.warn("Demo annual report not loaded: demo user sfj missing");
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            tx.executeWithoutResult(status -> {
                int loaded = 0;
                for (Demo d : DECLARATIONS) {
                    FazhiPrincipal unit = directory.loadByUsername(d.user()).orElse(null);
                    if (unit == null || !declaredMetrics.isDeclared(d.metric())) {
                        continue; // the metric is computed, or not declared in this build
                    }
                    signIn(unit);
                    AttachmentRef ref = attachments.store(unit.orgId(), "申报佐证说明-" + d.metric() + ".txt", "text/plain",
                            new ByteArrayInputStream(EVIDENCE.getBytes(StandardCharsets.UTF_8)), "evidence");
                    Declaration decl = declarations.create(new DeclarationService.DeclarationInput(d.metric(), unit.orgId(),
                            String.valueOf(YEAR), d.value(), d.numerator(), d.denominator(), "演示申报", ref.id()), unit);
                    declarations.submit(decl.id(), unit);
                    signIn(sfj);
                    declarations.accept(decl.id(), sfj);
                    loaded++;
                }
                signIn(sfj);
                reports.create(city.get(0), YEAR, sfj);
                log.info("Demo annual report {} loaded with {} accepted declarations", YEAR, loaded);
            });
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.setContext(context);
        }
    }

    private static void signIn(FazhiPrincipal p) {
        var own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(own);
    }
}
