package cn.fazhi.bench;

import cn.fazhi.platform.audit.AuditActor;
import cn.fazhi.platform.audit.AuditChainSealer;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.support.FazhiIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue requirement: audited writes reach at least 80 % of the throughput of the same writes without audit. A small
 * business write (one INSERT into a scratch table keyed (org_id, id), own transaction) is timed without and with
 * {@link AuditLog#record} in the same transaction, in interleaved rounds after a warm-up, in one JVM and one run.
 * The sealing job keeps running in the background as in production. The database is the suite's (H2 in memory, or
 * PostgreSQL through SPRING_DATASOURCE_URL, see bench/run.sh).
 */
@Tag("bench")
@FazhiIntegrationTest
class AuditBench {

    private static final int WRITES = Integer.getInteger("fazhi.bench.audit.writes", 20_000);
    private static final int ROUNDS = 10;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChainSealer sealer;

    private long nextId = 1;

    /** The signed-in user of a real request, so that record() takes the same path as in production. */
    record BenchActor(Long actorUserId, String actorName, Long actorOrgId) implements AuditActor {
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.execute("drop table if exists bench_item");
    }

    @Test
    void auditedWritesVersusPlainWrites() {
        jdbc.execute("drop table if exists bench_item");
        jdbc.execute("""
                create table bench_item (
                    org_id     bigint       not null,
                    id         bigint       not null,
                    title      varchar(200) not null,
                    state      varchar(32)  not null,
                    updated_at timestamp with time zone not null,
                    version    int          not null,
                    primary key (org_id, id))""");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new BenchActor(17L, "bench-user", 3L), null, List.of(new SimpleGrantedAuthority("plan:edit"))));
        TransactionTemplate tx = new TransactionTemplate(txManager);

        // Warm-up: JIT, statement caches, connection pool.
        run(tx, 2_000, false);
        run(tx, 2_000, true);
        sealer.sealPending();

        long plainNanos = 0;
        long auditedNanos = 0;
        int perRound = WRITES / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            // ABBA order so that drift (background sealing, GC, the neighbour's load) hits both sides alike.
            if (round % 2 == 0) {
                plainNanos += run(tx, perRound, false);
                auditedNanos += run(tx, perRound, true);
            } else {
                auditedNanos += run(tx, perRound, true);
                plainNanos += run(tx, perRound, false);
            }
        }
        double plain = perRound * ROUNDS / (plainNanos / 1e9);
        double audited = perRound * ROUNDS / (auditedNanos / 1e9);
        Bench.report("audit.write_throughput", audited, plain, "writes/s");

        // A state transition as aggregates do it: load by key, version-checked update, audit before/after.
        long rows = nextId - 1;
        long transPlain = 0;
        long transAudited = 0;
        long cursor = 0;
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                transPlain += transition(tx, cursor, perRound, rows, false);
                transAudited += transition(tx, cursor + perRound, perRound, rows, true);
            } else {
                transAudited += transition(tx, cursor, perRound, rows, true);
                transPlain += transition(tx, cursor + perRound, perRound, rows, false);
            }
            cursor += 2L * perRound;
        }
        Bench.report("audit.write_throughput.transition", perRound * ROUNDS / (transAudited / 1e9),
                perRound * ROUNDS / (transPlain / 1e9), "writes/s");

        // The sealer must keep up with the writers: sealing rate against the audited write rate.
        // Whoever seals (this call or the scheduled run it waits for), time until nothing is pending.
        sealer.sealPending();
        for (int i = 0; i < WRITES; i++) {
            auditLog.record("UPDATE", "bench_item", "seal-" + i, null, Map.of("i", i));
        }
        long t0 = System.nanoTime();
        Long pending = jdbc.queryForObject("select count(*) from audit_record where chain_seq is null", Long.class);
        sealer.sealPending();
        double sealRate = pending / ((System.nanoTime() - t0) / 1e9);
        Bench.report("audit.seal_throughput_vs_audited_writes", sealRate, audited, "records/s");
    }

    private long transition(TransactionTemplate tx, long start, int n, long rows, boolean audited) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long id = 1 + (start + i) % rows;
            long orgId = id % 50;
            tx.executeWithoutResult(status -> {
                Map<String, Object> before = jdbc.queryForMap(
                        "select title, state, version from bench_item where org_id = ? and id = ?", orgId, id);
                String next = "DRAFT".equals(before.get("state")) ? "SUBMITTED" : "DRAFT";
                int updated = jdbc.update("update bench_item set state = ?, version = version + 1, updated_at = ? "
                        + "where org_id = ? and id = ? and version = ?",
                        next, Timestamp.from(Instant.now()), orgId, id, before.get("version"));
                if (updated != 1) {
                    throw new IllegalStateException("lost update on bench_item " + id);
                }
                if (audited) {
                    Map<String, Object> after = new LinkedHashMap<>(before);
                    after.put("state", next);
                    auditLog.record("TRANSITION", "bench_item", orgId + ":" + id, before, after);
                }
            });
        }
        return System.nanoTime() - t0;
    }

    private long run(TransactionTemplate tx, int n, boolean audited) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long id = nextId++;
            long orgId = id % 50;
            String title = "事项 " + id;
            tx.executeWithoutResult(status -> {
                jdbc.update("insert into bench_item (org_id, id, title, state, updated_at, version) values (?, ?, ?, ?, ?, 0)",
                        orgId, id, title, "DRAFT", Timestamp.from(Instant.now()));
                if (audited) {
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("orgId", orgId);
                    after.put("id", id);
                    after.put("title", title);
                    after.put("state", "DRAFT");
                    auditLog.record("CREATE", "bench_item", orgId + ":" + id, null, after);
                }
            });
        }
        return System.nanoTime() - t0;
    }
}
