package cn.fazhi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.reporting.annual.AnnualReportService;
import cn.fazhi.reporting.annual.Rendered;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo 2025 report of 示范市 can go through its workflow: every declared figure has an accepted declaration. */
@ReportingTest
class ReportingDemoDataTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired AnnualReportService reports;
    @Autowired ReportingDemoData demo;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    UUID demoReport() {
        return jdbc.queryForObject("""
                select id from annual_report where org_id = (select id from org_unit where code = 'CITY')
                  and report_year = 2025 and version_no = 1""", UUID.class);
    }

    @Test
    void theDemoReportHasNoFigureLeftWithoutAValueSoItCanBeSubmittedForReview() {
        var view = reports.view(demoReport(), accounts.loadByUsername("sfj").orElseThrow());
        assertThat(view.missing()).as("figures without a value block 提交审核").isEmpty();
        List<Rendered.Figure> declared = view.rendered().sections().stream().flatMap(s -> s.sentences().stream())
                .filter(s -> !s.dropped()).flatMap(s -> s.figures().stream()).filter(Rendered.Figure::declared).toList();
        assertThat(declared).extracting(Rendered.Figure::metric).contains("hotline_12345.received",
                "normative_doc.filed", "normative_doc.repealed", "major_decision.made", "openness.published",
                "enforcement.penalty_cases", "two_law.transferred", "training.participants");
        // a dropped sentence is one whose computed figure has no demo records, never one with a declared gap
        view.rendered().sections().stream().flatMap(s -> s.sentences().stream()).filter(Rendered.Sentence::dropped)
                .forEach(s -> assertThat(s.figures()).as(s.key()).noneMatch(f -> f.declared() && f.missing()));
    }

    @Test
    void eachDemoDeclarationIsMadeByItsUnitWithEvidenceAndAcceptedByTheLegalAffairsOffice() {
        long sfj = jdbc.queryForObject("select id from app_user where username = 'sfj'", Long.class);
        for (ReportingDemoData.Demo d : ReportingDemoData.DECLARATIONS) {
            Map<String, Object> row = jdbc.queryForMap("""
                    select d.org_id, u.org_id as user_org, d.evidence_id, d.reviewed_by, d.amount
                    from declaration d join app_user u on u.id = d.declared_by
                    where d.metric = ? and d.period_code = '2025' and d.status = 'ACCEPTED' and d.superseded_by is null
                      and u.username = ?""", d.metric(), d.user());
            assertThat(row.get("org_id")).as(d.metric() + " declared for the declarer's unit").isEqualTo(row.get("user_org"));
            assertThat(row.get("evidence_id")).as(d.metric() + " evidence").isNotNull();
            assertThat(((Number) row.get("reviewed_by")).longValue()).as(d.metric() + " reviewer").isEqualTo(sfj);
            assertThat((java.math.BigDecimal) row.get("amount")).isEqualByComparingTo(d.value());
        }
    }

    @Test
    void runningTheLoaderAgainAddsNothing() {
        Integer before = jdbc.queryForObject("select count(*) from declaration", Integer.class);
        Integer reportsBefore = jdbc.queryForObject("select count(*) from annual_report", Integer.class);
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from declaration", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from annual_report", Integer.class)).isEqualTo(reportsBefore);
    }
}
