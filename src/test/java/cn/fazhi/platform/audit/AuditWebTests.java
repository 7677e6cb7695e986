package cn.fazhi.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The audit viewer and verification over HTTP: permissions, filters, the audited verification run. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class AuditWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-" + suffix;
    private final String bob = "bob-" + suffix;
    private final String entityType = "contract_" + suffix;
    private final long orgA = 900_000 + (long) (Math.random() * 90_000);

    private static FazhiPrincipal principal(String username, String... permissions) {
        return new FazhiPrincipal(4242L, username, "审计员" + username, 1L, "示范市司法局", "/1/", "{noop}x", true, false,
                Set.of("AUDITOR"), Set.of(permissions), DataScope.everything());
    }

    @BeforeEach
    void records() {
        auditLog.recordAs(alice, 1L, orgA, "10.1.1.1", "CREATE", entityType, "A-1", null, Map.of("title", "采购合同"));
        auditLog.recordAs(alice, 1L, orgA, "10.1.1.1", "UPDATE", entityType, "A-1", Map.of("title", "采购合同"),
                Map.of("title", "采购合同(修订)"));
        auditLog.recordAs(bob, 2L, orgA + 1, "10.1.1.2", "DELETE", entityType, "B-7", Map.of("title", "租赁合同"), null);
    }

    @Test
    void recordsApiIsForbiddenWithoutAuditRead() throws Exception {
        mvc.perform(get("/api/audit/records").with(user(principal("nobody-" + suffix, "user:manage"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void viewerPageIsForbiddenWithoutAuditRead() throws Exception {
        mvc.perform(get("/admin/audit").with(user(principal("nobody-" + suffix, "user:manage"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void verifyApiAndPageAreForbiddenWithoutAuditVerify() throws Exception {
        FazhiPrincipal reader = principal("reader-" + suffix, AuditPermissions.READ);
        mvc.perform(post("/api/audit/verify").with(user(reader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verify").with(user(reader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/verify").with(user(reader))).andExpect(status().isForbidden());
    }

    @Test
    void recordsApiFiltersByActor() throws Exception {
        mvc.perform(get("/api/audit/records").param("actor", alice).with(user(principal("aud-" + suffix, "audit:read"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[*].actorName", everyItem(is(alice))))
                // newest first
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].beforeJson", containsString("采购合同")))
                .andExpect(jsonPath("$.items[0].clientAddress").value("10.1.1.1"))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    void recordsApiFiltersByOrganisationEntityAndAction() throws Exception {
        FazhiPrincipal auditor = principal("aud-" + suffix, "audit:read");
        mvc.perform(get("/api/audit/records").param("orgId", String.valueOf(orgA + 1)).with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].actorName").value(bob));
        mvc.perform(get("/api/audit/records").param("entityType", entityType).param("entityId", "A-1").with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[*].entityId", everyItem(is("A-1"))));
        mvc.perform(get("/api/audit/records").param("entityType", entityType).param("action", "DELETE").with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].entityId").value("B-7"));
    }

    @Test
    void recordsApiFiltersByDateRangeAndPages() throws Exception {
        FazhiPrincipal auditor = principal("aud-" + suffix, "audit:read");
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/api/audit/records").param("entityType", entityType)
                        .param("from", today.toString()).param("to", today.toString()).with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(3)));
        mvc.perform(get("/api/audit/records").param("entityType", entityType)
                        .param("from", today.plusDays(1).toString()).with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/audit/records").param("entityType", entityType)
                        .param("to", today.minusDays(1).toString()).with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/audit/records").param("entityType", entityType).param("size", "2").with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(get("/api/audit/records").param("entityType", entityType).param("size", "2").param("page", "1")
                        .with(user(auditor)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].action").value("CREATE"))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    void recordsApiRejectsBadFiltersInChinese() throws Exception {
        FazhiPrincipal auditor = principal("aud-" + suffix, "audit:read");
        mvc.perform(get("/api/audit/records").param("from", "2026-13-01").with(user(auditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION"));
        mvc.perform(get("/api/audit/records").param("from", "2026-05-02").param("to", "2026-05-01").with(user(auditor)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("开始日期不能晚于结束日期"));
        mvc.perform(get("/api/audit/records").param("size", "100000").with(user(auditor)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void viewerPageShowsFilteredRecordsWithBeforeAndAfter() throws Exception {
        mvc.perform(get("/admin/audit").param("actor", alice).with(user(principal("aud-" + suffix, "audit:read"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志")))
                .andExpect(content().string(containsString(alice)))
                .andExpect(content().string(containsString("采购合同(修订)")))
                .andExpect(content().string(containsString("变更前后")))
                .andExpect(content().string(not(containsString(bob))));
    }

    @Test
    void viewerPageExplainsABadDateInsteadOfFailing() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "昨天").with(user(principal("aud-" + suffix, "audit:read"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开始日期“昨天”格式不正确")));
    }

    @Test
    void verifyApiReportsTheChainAndIsItselfAudited() throws Exception {
        String verifierName = "verifier-" + suffix;
        // Only the range sealed from here on: other test classes share the chain on PostgreSQL.
        Long head = jdbc.queryForObject("select coalesce(max(chain_seq), 0) from audit_record", Long.class);
        mvc.perform(post("/api/audit/verify").param("fromSeq", String.valueOf(head + 1))
                        .with(user(principal(verifierName, "audit:verify"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.verified").isNumber())
                .andExpect(jsonPath("$.pending").isNumber())
                .andExpect(jsonPath("$.firstBroken").isEmpty());
        assertThat(jdbc.queryForObject(
                "select count(*) from audit_record where action = 'AUDIT_VERIFY' and actor_name = ?", Integer.class,
                verifierName)).isEqualTo(1);
    }

    @Test
    void verifyPageRunsTheCheckAndShowsTheResult() throws Exception {
        FazhiPrincipal verifier = principal("verifier-" + suffix, "audit:verify");
        mvc.perform(get("/admin/audit/verify").with(user(verifier)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开始校验")));
        mvc.perform(post("/admin/audit/verify").with(user(verifier)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已校验记录数")));
    }
}
