package cn.fazhi.reporting.declared;

import static cn.fazhi.reporting.ReportingTestConfig.AMOUNT;
import static cn.fazhi.reporting.ReportingTestConfig.RATE;
import static cn.fazhi.reporting.ReportingTestConfig.VISITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.DeclaredValues;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingFixtures;
import cn.fazhi.reporting.ReportingTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.ObjectMapper;

/** Declared figures: the review workflow, scope, supersession, and the sums {@link DeclaredValues} gives. */
@ReportingTest
class DeclarationTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired DeclarationService service;
    @Autowired DeclaredValues declaredValues;
    @Autowired Attachments attachments;
    @Autowired ObjectMapper json;

    ReportingFixtures fx;
    MockMvc mvc;
    long town;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new ReportingFixtures(jdbc, accounts, mvc);
        town = fx.newOrg(fx.org("CITY"), "申报测试镇");
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    UUID evidence(String user, long orgId) {
        fx.signIn(user);
        return attachments.store(orgId, "佐证.txt", "text/plain",
                new ByteArrayInputStream("申报佐证材料:台账摘要。".getBytes(StandardCharsets.UTF_8)), "evidence").id();
    }

    Declaration accepted(long orgId, String metric, String period, String value) {
        FazhiPrincipal sfj = fx.signIn("sfj");
        Declaration d = service.create(new DeclarationService.DeclarationInput(metric, orgId, period, new BigDecimal(value),
                null, null, "测试", evidence("sfj", orgId)), sfj);
        service.submit(d.id(), sfj);
        return service.accept(d.id(), sfj);
    }

    @Test
    void aUnitDeclaresWithEvidenceSubmitsAndTheReviewerAcceptsOverTheApi() throws Exception {
        long czj = fx.org("CZJ");
        UUID ev = evidence("czj", czj);
        String body = fx.postJson("/api/declarations", """
                {"metric":"%s","period":"2024","value":37,"note":"来自业务台账","evidenceId":"%s"}""".formatted(VISITS, ev), "czj")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.orgId").value(czj)).andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();
        fx.postJson("/api/declarations/" + id + "/accept", null, "sfj").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("草稿")));
        fx.postJson("/api/declarations/" + id + "/submit", null, "czj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        fx.postJson("/api/declarations/" + id + "/accept", null, "czj").andExpect(status().isForbidden());
        fx.postJson("/api/declarations/" + id + "/accept", null, "sfj").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get("/api/declarations").param("metric", VISITS).param("status", "ACCEPTED").with(fx.as("czj")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        Integer audits = jdbc.queryForObject("select count(*) from audit_record where entity_type = 'declaration' and entity_id = ?",
                Integer.class, id);
        assertThat(audits).isEqualTo(3);
        assertThat(declaredValues.value(VISITS, new MetricQuery(czj, false, MetricPeriod.year(2024))).value())
                .isEqualByComparingTo("37");
    }

    @Test
    void submissionWithoutEvidenceIsRefusedAndAReturnNeedsAReason() {
        FazhiPrincipal sfj = fx.signIn("sfj");
        Declaration d = service.create(new DeclarationService.DeclarationInput(VISITS, town, "2024Q1", BigDecimal.TEN, null,
                null, null, null), sfj);
        assertThatThrownBy(() -> service.submit(d.id(), sfj)).hasMessageContaining("佐证材料");
        service.edit(d.id(), new DeclarationService.DeclarationInput(VISITS, town, "2024Q1", BigDecimal.TEN, null, null,
                null, evidence("sfj", town)), sfj);
        service.submit(d.id(), sfj);
        assertThatThrownBy(() -> service.returnForSupplement(d.id(), " ", sfj)).hasMessageContaining("退回理由");
        Declaration returned = service.returnForSupplement(d.id(), "请补充台账截图", sfj);
        assertThat(returned.status()).isEqualTo(DeclarationStatus.RETURNED);
        assertThat(service.submit(d.id(), sfj).status()).isEqualTo(DeclarationStatus.SUBMITTED);
    }

    @Test
    void aUnitCannotDeclareForAnotherUnitNorDeclareAComputedMetric() throws Exception {
        fx.postJson("/api/declarations", """
                {"metric":"%s","orgId":%d,"period":"2024","value":1}""".formatted(VISITS, fx.org("GAJ")), "czj")
                .andExpect(status().isNotFound());
        fx.postJson("/api/declarations", """
                {"metric":"plan.task.total","period":"2024","value":1}""", "czj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是需申报的指标")));
        fx.postJson("/api/declarations", """
                {"metric":"%s","period":"2024-01-01/2024-02-10","value":1}""".formatted(VISITS), "czj")
                .andExpect(status().isBadRequest());
        fx.postJson("/api/declarations", """
                {"metric":"%s","period":"2024","numerator":5}""".formatted(RATE), "czj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("分母")));
        fx.postJson("/api/declarations", """
                {"metric":"%s","period":"2024","value":1}""".formatted(VISITS), "leader").andExpect(status().isForbidden());
    }

    @Test
    void aDeclarationOutOfScopeIsNotFound() throws Exception {
        Declaration d = accepted(town, VISITS, "2024", "3");
        mvc.perform(get("/api/declarations/" + d.id()).with(fx.as("czj"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/declarations/" + d.id()).with(fx.as("sfj"))).andExpect(status().isOk());
    }

    @Test
    void onlyAcceptedDeclarationsCountAndANewerAcceptedOneSupersedesTheOlder() {
        FazhiPrincipal sfj = fx.signIn("sfj");
        MetricQuery q = new MetricQuery(town, false, MetricPeriod.year(2024));
        Declaration draft = service.create(new DeclarationService.DeclarationInput(AMOUNT, town, "2024", new BigDecimal("99"),
                null, null, null, evidence("sfj", town)), sfj);
        service.submit(draft.id(), sfj);
        assertThat(declaredValues.value(AMOUNT, q).value()).isNull();
        Declaration first = accepted(town, AMOUNT, "2024", "1200.50");
        assertThat(declaredValues.value(AMOUNT, q).value()).isEqualByComparingTo("1200.50");
        Declaration second = accepted(town, AMOUNT, "2024", "1300");
        assertThat(declaredValues.value(AMOUNT, q).value()).isEqualByComparingTo("1300");
        UUID supersededBy = jdbc.queryForObject("select superseded_by from declaration where id = ?", UUID.class, first.id());
        assertThat(supersededBy).isEqualTo(second.id());
        MetricRecordPage records = declaredValues.records(AMOUNT, q, 0, 20);
        assertThat(records.items()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(second.id().toString());
            assertThat(r.link()).isEqualTo("/reports/declarations/" + second.id());
        });
    }

    @Test
    void valuesWithSubordinatesSumTheSubtreeAndRatesSumNumeratorsAndDenominators() {
        long child = fx.newOrg(town, "申报测试村");
        accepted(town, VISITS, "2024", "10");
        accepted(child, VISITS, "2024Q1", "2");
        accepted(child, VISITS, "2024Q3", "3");
        accepted(child, VISITS, "2024H1", "100"); // quarters win over halves for the same unit: never counted twice
        MetricPeriod y = MetricPeriod.year(2024);
        assertThat(declaredValues.value(VISITS, new MetricQuery(town, true, y)).value()).isEqualByComparingTo("15");
        assertThat(declaredValues.value(VISITS, new MetricQuery(town, false, y)).value()).isEqualByComparingTo("10");
        assertThat(declaredValues.value(VISITS, new MetricQuery(child, false, MetricPeriod.half(2024, 1))).value())
                .isEqualByComparingTo("100");
        assertThat(declaredValues.records(VISITS, new MetricQuery(town, true, y), 0, 50).total()).isEqualTo(3);

        FazhiPrincipal sfj = fx.signIn("sfj");
        for (long[] f : new long[][] {{town, 9, 10}, {child, 1, 10}}) {
            Declaration d = service.create(new DeclarationService.DeclarationInput(RATE, f[0], "2024", null,
                    BigDecimal.valueOf(f[1]), BigDecimal.valueOf(f[2]), null, evidence("sfj", f[0])), sfj);
            service.submit(d.id(), sfj);
            service.accept(d.id(), sfj);
        }
        MetricValue rate = declaredValues.value(RATE, new MetricQuery(town, true, y));
        assertThat(rate.numerator()).isEqualByComparingTo("10");
        assertThat(rate.denominator()).isEqualByComparingTo("20");
        assertThat(rate.value()).isEqualByComparingTo("50.00");

        // asked together (one query, as a report asks), each value is the same as asked alone; none declared: no value
        MetricQuery tq = new MetricQuery(town, true, y);
        java.util.Map<String, MetricValue> together = declaredValues.values(java.util.List.of(VISITS, RATE, AMOUNT), tq);
        assertThat(together.keySet()).containsExactly(VISITS, RATE, AMOUNT);
        for (String n : java.util.List.of(VISITS, RATE, AMOUNT)) {
            assertThat(together.get(n)).isEqualTo(declaredValues.value(n, tq));
        }
        assertThat(together.get(AMOUNT).value()).isNull();
    }

    @Test
    void aDeclarationForAMissingOrganisationIsRefused() {
        FazhiPrincipal sfj = fx.signIn("sfj");
        assertThatThrownBy(() -> service.create(new DeclarationService.DeclarationInput(VISITS, 987654321L, "2024",
                BigDecimal.ONE, null, null, null, null), sfj)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("单位");
    }

    @Test
    void theDeclarationAndReportPagesRender() throws Exception {
        Declaration d = accepted(town, VISITS, "2023", "8");
        mvc.perform(get("/reports/declarations").param("metric", VISITS).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("/reports/declarations/" + d.id())));
        mvc.perform(get("/reports/declarations/new").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString(VISITS)));
        mvc.perform(get("/reports/declarations/" + d.id()).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("审核通过")));
        mvc.perform(get("/reports/annual").with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("示范市人民政府")));
    }
}
