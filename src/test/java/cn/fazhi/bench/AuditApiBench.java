package cn.fazhi.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.org.OrgForm;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit requirement end to end: the same platform write — an administrator edits an organisation through
 * {@code PUT /api/orgs/{id}} (authorisation, data-scope check, validation, versioned UPDATE, audit record) — with the
 * audit record written and with the audit writer switched off for the baseline, in interleaved rounds of one run.
 * {@link AuditBench} measures the bare case (a one-row INSERT with and without the audit INSERT).
 */
@Tag("bench")
@FazhiIntegrationTest
@AutoConfigureMockMvc
@Import(AuditApiBench.SwitchableAudit.class)
class AuditApiBench {

    private static final int WRITES = Integer.getInteger("fazhi.bench.audit.api-writes", 4_000);
    private static final int ROUNDS = 10;

    /** Only in this benchmark's context: lets the baseline run the same code with the audit INSERT skipped. */
    @TestConfiguration
    static class SwitchableAudit {
        static volatile boolean enabled = true;

        @Bean
        @Primary
        AuditLog switchableAuditLog(@Qualifier("jdbcAuditLog") AuditLog real) {
            return new AuditLog() {
                @Override
                public void record(String action, String entityType, String entityId, Object before, Object after) {
                    if (enabled) {
                        real.record(action, entityType, entityId, before, after);
                    }
                }

                @Override
                public void recordAs(String actorName, Long actorUserId, Long actorOrgId, String clientAddress,
                        String action, String entityType, String entityId, Object before, Object after) {
                    if (enabled) {
                        real.recordAs(actorName, actorUserId, actorOrgId, clientAddress, action, entityType, entityId,
                                before, after);
                    }
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    AccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private long counter;

    @Test
    void auditedApiWritesVersusTheSameWritesWithoutAudit() throws Exception {
        FazhiPrincipal admin = directory.loadByUsername("admin").orElseThrow();
        long rootId = jdbc.queryForObject("select id from org_unit where code = 'CITY'", Long.class);
        String code = "BENCH_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long orgId = orgUnits.create(new OrgForm(code, "基准测试单位", null, "OFFICE", rootId, 0, true, null), admin).id();

        rounds(admin, orgId, code, 300, true);
        rounds(admin, orgId, code, 300, false);
        long audited = 0;
        long plain = 0;
        int perRound = WRITES / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                plain += rounds(admin, orgId, code, perRound, false);
                audited += rounds(admin, orgId, code, perRound, true);
            } else {
                audited += rounds(admin, orgId, code, perRound, true);
                plain += rounds(admin, orgId, code, perRound, false);
            }
        }
        SwitchableAudit.enabled = true;
        Bench.report("audit.api_write_throughput", perRound * ROUNDS / (audited / 1e9),
                perRound * ROUNDS / (plain / 1e9), "writes/s");
    }

    private long rounds(FazhiPrincipal admin, long orgId, String code, int n, boolean audit) throws Exception {
        SwitchableAudit.enabled = audit;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String body = "{\"code\":\"" + code + "\",\"name\":\"基准测试单位" + (counter++) + "\",\"kind\":\"OFFICE\"}";
            mvc.perform(put("/api/orgs/{id}", orgId).with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isOk());
        }
        return System.nanoTime() - t0;
    }
}
