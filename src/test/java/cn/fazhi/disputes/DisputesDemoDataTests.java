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

    @BeforeEach
    void setUp() {
        sfj = directory.loadByUsername("sfj").orElseThrow();
        city = jdbc.queryForObject("select id from org_unit where code = 'CITY'", Long.class);
    }

    private BigDecimal metric(String name, int year) {
        return metrics.value(name, new MetricQuery(city, true, MetricPeriod.year(year)), sfj).value();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void reconsiderationFiguresOf2025EqualTheDemoCases() {
        assertThat(metric("reconsideration.received", 2025)).isEqualByComparingTo("12")
                .isEqualByComparingTo(BigDecimal.valueOf(count(
                        "select count(*) from recon_case where org_id = ? and received_on between '2025-01-01' and '2025-12-31'", city)));
        assertThat(metric("reconsideration.not_accepted", 2025)).isEqualByComparingTo("1");
        assertThat(metric("reconsideration.accepted", 2025)).isEqualByComparingTo("11");
        assertThat(metric("reconsideration.concluded", 2025)).isEqualByComparingTo("9")
                .isEqualByComparingTo(BigDecimal.valueOf(count("select count(*) from recon_case where org_id = ? and accepted_on is not null"
                        + " and concluded_on between '2025-01-01' and '2025-12-31'", city)));
        for (String type : new String[] {"upheld", "changed", "revoked", "confirmed_illegal", "ordered_to_perform", "claim_rejected"}) {
            assertThat(metric("reconsideration." + type, 2025)).as(type).isEqualByComparingTo("1");
        }
        assertThat(metric("reconsideration.terminated", 2025)).isEqualByComparingTo("2");
        assertThat(metric("reconsideration.terminated_after_mediation", 2025)).isEqualByComparingTo("1");
        assertThat(metric("reconsideration.mediated", 2025)).isEqualByComparingTo("1");
        assertThat(metric("reconsideration.pending", 2025)).isEqualByComparingTo("2");
        assertThat(metric("reconsideration.received", 2026)).isEqualByComparingTo("8");
        // every main state is there
        assertThat(jdbc.queryForList("select distinct state from recon_case where org_id = ?", String.class, city))
                .contains("RECEIVED", "NEEDS_SUPPLEMENT", "ANSWERED", "SUSPENDED", "DECIDED", "SERVED", "TERMINATED",
                        "MEDIATED", "NOT_ACCEPTED");
    }

    @Test
    void litigationMediationAndPetitionFiguresOf2025EqualTheDemoCases() {
        assertThat(metric("litigation.cases", 2025)).isEqualByComparingTo("5").isEqualByComparingTo(BigDecimal.valueOf(
                count("select count(*) from litigation_case where complaint_received_on between '2025-01-01' and '2025-12-31'")));
        assertThat(metric("litigation.head_appearance", 2025)).isEqualByComparingTo("4");
        assertThat(metric("litigation.lost", 2025)).isEqualByComparingTo("2");
        assertThat(metric("litigation.judicial_recommendations", 2025)).isEqualByComparingTo("1");
        // received counts the accepted applications (one of the five was declined)
        assertThat(metric("mediation.received", 2025)).isEqualByComparingTo("4").isEqualByComparingTo(BigDecimal.valueOf(
                count("select count(*) from mediation_case where accepted_on between '2025-01-01' and '2025-12-31'")));
        assertThat(metric("mediation.succeeded", 2025)).isEqualByComparingTo("3");
        assertThat(metric("petition.received", 2025)).isEqualByComparingTo("5").isEqualByComparingTo(BigDecimal.valueOf(
                count("select count(*) from petition where received_on between '2025-01-01' and '2025-12-31'")));
        assertThat(metric("petition.closed", 2025)).isEqualByComparingTo("4");
        assertThat(metric("petition.closed_on_time", 2025)).isEqualByComparingTo("4");
        // one petition of 2026 is overdue: accepted, not replied, its 60 days over
        assertThat(count("select count(*) from petition p join petition_deadline d on d.petition_org_id = p.org_id"
                + " and d.petition_id = p.id where d.step = 'HANDLING' and d.done_on is null and d.due < '2026-11-28'")).isEqualTo(1);
    }

    @Test
    void theDemoAnnualReportOf2025ShowsTheDisputesFigures() {
        UUID id = jdbc.queryForObject("select id from annual_report where org_id = ? and report_year = 2025", UUID.class, city);
        Rendered.Report r = reports.rendered(id, sfj);
        assertThat(r.figure("reconsideration.received")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo("12"));
        assertThat(r.figure("reconsideration.upheld")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo("1"));
        BigDecimal rate = metric("litigation.head_appearance_rate", 2025);
        assertThat(rate).isEqualByComparingTo("80.00"); // 4 of the 5 cases that needed the head
        assertThat(r.figure("litigation.head_appearance_rate")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo(rate));
        assertThat(r.figure("mediation.succeeded")).hasValueSatisfying(f -> assertThat(f.value()).isEqualByComparingTo("3"));
    }

    @Test
    void aSecondRunLoadsNothing() throws Exception {
        long before = count("select count(*) from recon_case") + count("select count(*) from petition");
        ApplicationArguments none = new DefaultApplicationArguments();
        loader.run(none);
        assertThat(count("select count(*) from recon_case") + count("select count(*) from petition")).isEqualTo(before);
    }
}
