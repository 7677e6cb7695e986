package cn.fazhi.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.annual.AnnualReportService;
import cn.fazhi.reporting.annual.Rendered;
import cn.fazhi.support.FazhiIntegrationTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo disputes (loaded at start-up as in the demo profile): the metrics of 示范市 for 2025 equal the counts of the
 * demo records, the figures written in {@link DisputesDemoData}, and the demo 2025 annual report shows them. A second
 * run loads nothing.
 */
@FazhiIntegrationTest
@TestPropertySource(properties = "fazhi.demo.disputes=true")
class DisputesDemoDataTests {

    @Autowired MetricCatalogue metrics;
    @Autowired JdbcTemplate jdbc;
    @Autowired JdbcAccountDirectory directory;
    @Autowired AnnualReportService reports;
    @Autowired DisputesDemoData loader;

    FazhiPrincipal sfj;
    long city;
    String cityPath;
    /** True when the database holds only the demo's disputes (H2: each context has its own database); on a database
     * shared with other tests (PostgreSQL) their records add to the figures, which are then at least the demo's. */
    boolean alone;

    @BeforeEach
    void setUp() {
        sfj = directory.loadByUsername("sfj").orElseThrow();
        city = jdbc.queryForObject("select id from org_unit where code = 'CITY'", Long.class);
        cityPath = jdbc.queryForObject("select path from org_unit where id = ?", String.class, city);
        alone = count("select count(*) from recon_case") == 20 && count("select count(*) from litigation_case") == 7
                && count("select count(*) from mediation_case") == 7 && count("select count(*) from petition") == 8;
        if (!"postgresql".equals(System.getenv("FAZHI_TEST_DATABASE"))) {
            assertThat(alone).as("an H2 context holds only the demo's disputes").isTrue();
        }
    }

    private BigDecimal metric(String name, int year) {
        return metrics.value(name, new MetricQuery(city, true, MetricPeriod.year(year)), sfj).value();
    }

    /** The metric equals the demo's figure (at least it, on a shared database). */
    private BigDecimal expect(String name, int year, String demoFigure) {
        BigDecimal v = metric(name, year);
        if (alone) {
            assertThat(v).as(name).isEqualByComparingTo(demoFigure);
        } else {
            assertThat(v).as(name).isGreaterThanOrEqualTo(new BigDecimal(demoFigure));
        }
        return v;
    }

    /** Rows of {@code table} (alias t, organisation column {@code orgColumn}) under 示范市, with {@code where}. */
    private BigDecimal rows(String table, String orgColumn, String where) {
        return BigDecimal.valueOf(count("select count(*) from " + table + " t join org_unit o on o.id = t." + orgColumn
                + " where o.path like ? and " + where, cityPath + "%"));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void reconsiderationFiguresOf2025EqualTheDemoCases() {
        assertThat(expect("reconsideration.received", 2025, "12"))
                .isEqualByComparingTo(rows("recon_case", "org_id", "t.received_on between '2025-01-01' and '2025-12-31'"));
        expect("reconsideration.not_accepted", 2025, "1");
        expect("reconsideration.accepted", 2025, "11");
        assertThat(expect("reconsideration.concluded", 2025, "9")).isEqualByComparingTo(rows("recon_case", "org_id",
                "t.accepted_on is not null and t.concluded_on between '2025-01-01' and '2025-12-31'"));
        for (String type : new String[] {"upheld", "changed", "revoked", "confirmed_illegal", "ordered_to_perform", "claim_rejected"}) {
            expect("reconsideration." + type, 2025, "1");
        }
        expect("reconsideration.terminated", 2025, "2");
        expect("reconsideration.terminated_after_mediation", 2025, "1");
        expect("reconsideration.mediated", 2025, "1");
        expect("reconsideration.pending", 2025, "2");
        expect("reconsideration.received", 2026, "8");
        // every main state is there
        assertThat(jdbc.queryForList("select distinct state from recon_case where org_id = ?", String.class, city))
                .contains("RECEIVED", "NEEDS_SUPPLEMENT", "ANSWERED", "SUSPENDED", "DECIDED", "SERVED", "TERMINATED",
                        "MEDIATED", "NOT_ACCEPTED");
    }

    @Test
    void litigationMediationAndPetitionFiguresOf2025EqualTheDemoCases() {
        assertThat(expect("litigation.cases", 2025, "5")).isEqualByComparingTo(rows("litigation_case", "org_id",
                "t.complaint_received_on between '2025-01-01' and '2025-12-31'"));
        expect("litigation.head_appearance", 2025, "4");
        expect("litigation.lost", 2025, "2");
        expect("litigation.judicial_recommendations", 2025, "1");
        // received counts the accepted applications (one of the five was declined)
        assertThat(expect("mediation.received", 2025, "4")).isEqualByComparingTo(rows("mediation_case", "org_id",
                "t.accepted_on between '2025-01-01' and '2025-12-31'"));
        expect("mediation.succeeded", 2025, "3");
        assertThat(expect("petition.received", 2025, "5")).isEqualByComparingTo(rows("petition", "org_id",
                "t.received_on between '2025-01-01' and '2025-12-31'"));
        expect("petition.closed", 2025, "4");
        expect("petition.closed_on_time", 2025, "4");
        // one petition of 2026 is overdue: accepted, not replied, its 60 days over
        assertThat(count("select count(*) from petition p join petition_deadline d on d.petition_org_id = p.org_id"
                + " and d.petition_id = p.id where p.petitioner = '姜某' and d.step = 'HANDLING' and d.done_on is null"
                + " and d.due < '2026-11-28'")).isEqualTo(1);
    }

    @Test
    void theDemoAnnualReportOf2025ShowsTheDisputesFigures() {
        UUID id = jdbc.queryForObject("select id from annual_report where org_id = ? and report_year = 2025", UUID.class, city);
        Rendered.Report r = reports.rendered(id, sfj);
        BigDecimal received = expect("reconsideration.received", 2025, "12");
        BigDecimal upheld = expect("reconsideration.upheld", 2025, "1");
        assertThat(r.figure("reconsideration.received")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo(received));
        assertThat(r.figure("reconsideration.upheld")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo(upheld));
        BigDecimal rate = metric("litigation.head_appearance_rate", 2025);
        if (alone) {
            assertThat(rate).isEqualByComparingTo("80.00"); // 4 of the 5 cases that needed the head
        }
        assertThat(r.figure("litigation.head_appearance_rate")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo(rate));
        BigDecimal succeeded = expect("mediation.succeeded", 2025, "3");
        assertThat(r.figure("mediation.succeeded")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo(succeeded));
    }

    @Test
    void aSecondRunLoadsNothing() throws Exception {
        long before = count("select count(*) from recon_case") + count("select count(*) from petition");
        ApplicationArguments none = new DefaultApplicationArguments();
        loader.run(none);
        assertThat(count("select count(*) from recon_case") + count("select count(*) from petition")).isEqualTo(before);
    }
}
