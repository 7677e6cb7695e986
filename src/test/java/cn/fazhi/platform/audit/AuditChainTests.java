package cn.fazhi.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.support.FazhiIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sealing and verification of the audit hash chain. On PostgreSQL every test class shares one database, so each test
 * writes records under its own random actor name, verifies only the chain range its records occupy, and puts back in a
 * finally block whatever it tampers with.
 */
@FazhiIntegrationTest
class AuditChainTests {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChainSealer sealer;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;

    private static String actor() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private List<AuditRecord> writeAndSeal(String actor, int n) {
        for (int i = 0; i < n; i++) {
            auditLog.recordAs(actor, 7L, 3L, "10.0.0." + i, "UPDATE", "plan_task", "T-" + i,
                    Map.of("state", "DRAFT", "n", i), Map.of("state", "SUBMITTED", "n", i, "说明", "提交审核"));
        }
        sealer.sealPending();
        return mine(actor);
    }

    private List<AuditRecord> mine(String actor) {
        return jdbc.query("select " + AuditHashing.COLUMNS + " from audit_record where actor_name = ? order by id",
                AuditHashing::map, actor);
    }

    private static long minSeq(List<AuditRecord> rows) {
        return rows.stream().mapToLong(AuditRecord::chainSeq).min().orElseThrow();
    }

    private static long maxSeq(List<AuditRecord> rows) {
        return rows.stream().mapToLong(AuditRecord::chainSeq).max().orElseThrow();
    }

    @Test
    void sealingLinksEachRecordToItsPredecessorWithAnSm3Hash() {
        List<AuditRecord> rows = writeAndSeal(actor(), 5);

        assertThat(rows).hasSize(5).allSatisfy(r -> {
            assertThat(r.sealed()).isTrue();
            assertThat(r.recordHash()).matches("[0-9a-f]{64}");
            String predecessor = r.chainSeq() == 1 ? AuditHashing.GENESIS
                    : jdbc.queryForObject("select record_hash from audit_record where chain_seq = ?", String.class,
                            r.chainSeq() - 1);
            assertThat(r.prevHash()).isEqualTo(predecessor);
            assertThat(AuditHashing.hash(r.prevHash(), r.chainSeq(), r)).isEqualTo(r.recordHash());
        });
        // Written one after the other and committed in id order, so sealed in id order.
        assertThat(rows).extracting(AuditRecord::chainSeq).isSorted();
    }

    @Test
    void sm3OfTheStandardTestVectorMatchesGmT0004() {
        // GM/T 0004-2012 Appendix A.1: SM3("abc").
        org.bouncycastle.crypto.digests.SM3Digest d = new org.bouncycastle.crypto.digests.SM3Digest();
        d.update("abc".getBytes(), 0, 3);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        assertThat(org.bouncycastle.util.encoders.Hex.toHexString(out))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void verificationPassesOnAnIntactChain() {
        List<AuditRecord> rows = writeAndSeal(actor(), 4);
        long from = minSeq(rows);
        long to = maxSeq(rows);

        ChainVerification result = verifier.verify(from, to);

        assertThat(result.ok()).isTrue();
        assertThat(result.firstBroken()).isNull();
        assertThat(result.verified()).isEqualTo(to - from + 1);
        assertThat(result.headSeq()).isEqualTo(to);
        assertThat(result.headHash()).isEqualTo(rows.get(rows.size() - 1).recordHash());
    }

    @Test
    void verificationNamesTheChainPositionOfAnEditedRecord() {
        List<AuditRecord> rows = writeAndSeal(actor(), 5);
        AuditRecord victim = rows.get(2);
        try {
            jdbc.update("update audit_record set after_json = ? where id = ?", "{\"state\":\"APPROVED\"}", victim.id());

            ChainVerification result = verifier.verify(minSeq(rows), maxSeq(rows));

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBroken().chainSeq()).isEqualTo(victim.chainSeq());
            assertThat(result.firstBroken().recordId()).isEqualTo(victim.id());
            assertThat(result.firstBroken().reason()).contains("第 " + victim.chainSeq() + " 号").contains("修改");
        } finally {
            jdbc.update("update audit_record set after_json = ? where id = ?", victim.afterJson(), victim.id());
        }
        assertThat(verifier.verify(minSeq(rows), maxSeq(rows)).ok()).isTrue();
    }

    @Test
    void verificationDetectsAnEditedHashThroughTheNextLink() {
        List<AuditRecord> rows = writeAndSeal(actor(), 4);
        AuditRecord victim = rows.get(1);
        String forged = AuditHashing.hash(victim.prevHash(), victim.chainSeq(),
                new AuditRecord(victim.id(), victim.occurredAt(), victim.actorUserId(), victim.actorName(),
                        victim.actorOrgId(), victim.clientAddress(), victim.action(), victim.entityType(),
                        victim.entityId(), victim.beforeJson(), "{}", victim.chainSeq(), victim.prevHash(), null));
        try {
            // Edit the content and recompute this record's own hash: the successor's prev_hash still gives it away.
            jdbc.update("update audit_record set after_json = '{}', record_hash = ? where id = ?", forged, victim.id());

            ChainVerification result = verifier.verify(minSeq(rows), maxSeq(rows));

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBroken().chainSeq()).isEqualTo(victim.chainSeq() + 1);
        } finally {
            jdbc.update("update audit_record set after_json = ?, record_hash = ? where id = ?", victim.afterJson(),
                    victim.recordHash(), victim.id());
        }
    }

    @Test
    void verificationDetectsADeletedRecord() {
        List<AuditRecord> rows = writeAndSeal(actor(), 5);
        AuditRecord victim = rows.get(2);
        try {
            jdbc.update("delete from audit_record where id = ?", victim.id());

            ChainVerification result = verifier.verify(minSeq(rows), maxSeq(rows));

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBroken().chainSeq()).isEqualTo(victim.chainSeq());
            assertThat(result.firstBroken().recordId()).isNull();
            assertThat(result.firstBroken().reason()).contains("缺失").contains("删除");
        } finally {
            restore(victim);
        }
        assertThat(verifier.verify(minSeq(rows), maxSeq(rows)).ok()).isTrue();
    }

    @Test
    void verificationDetectsADeletedLastRecordOfTheRangeWhenTheChainGoesOn() {
        List<AuditRecord> rows = writeAndSeal(actor(), 3);
        writeAndSeal(actor(), 1); // the chain continues after our range
        AuditRecord victim = rows.get(2);
        try {
            jdbc.update("delete from audit_record where id = ?", victim.id());

            ChainVerification result = verifier.verify(minSeq(rows), maxSeq(rows));

            assertThat(result.ok()).isFalse();
            assertThat(result.firstBroken().chainSeq()).isEqualTo(victim.chainSeq());
        } finally {
            restore(victim);
        }
    }

    private void restore(AuditRecord r) {
        jdbc.update("""
                insert into audit_record (id, occurred_at, actor_user_id, actor_name, actor_org_id, client_address, action,
                    entity_type, entity_id, before_json, after_json, chain_seq, prev_hash, record_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id(), r.occurredAt().atOffset(java.time.ZoneOffset.UTC), r.actorUserId(), r.actorName(),
                r.actorOrgId(), r.clientAddress(), r.action(), r.entityType(), r.entityId(), r.beforeJson(),
                r.afterJson(), r.chainSeq(), r.prevHash(), r.recordHash());
    }

    @Test
    void concurrentWritersAndTwoSealersProduceOneContiguousChain() throws Exception {
        String actor = actor();
        // A second sealer instance stands for a second app node calling sealPending() at the same time.
        AuditChainSealer otherNode = new AuditChainSealer(jdbc, txManager, 7);
        TransactionTemplate tx = new TransactionTemplate(txManager);
        int threads = 4;
        int perThread = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> auditLog.recordAs(actor, (long) thread, 1L, null, "CREATE",
                                "bench_item", thread + "-" + n, null, Map.of("n", n)));
                    }
                    return null;
                }));
            }
            Future<?> sealerA = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 15; i++) {
                    sealer.sealPending();
                }
                return null;
            });
            Future<?> sealerB = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 15; i++) {
                    otherNode.sealPending();
                }
                return null;
            });
            start.countDown();
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
            sealerA.get(5, TimeUnit.MINUTES);
            sealerB.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        sealer.sealPending();

        List<AuditRecord> rows = mine(actor);
        assertThat(rows).hasSize(threads * perThread).allMatch(AuditRecord::sealed);
        assertThat(rows.stream().map(AuditRecord::chainSeq).distinct().count()).isEqualTo(rows.size());
        ChainVerification result = verifier.verify(minSeq(rows), maxSeq(rows));
        assertThat(result.ok()).as("%s", result.firstBroken()).isTrue();
        assertThat(result.verified()).isEqualTo(maxSeq(rows) - minSeq(rows) + 1);
    }

    @Test
    void aRecordCommittedLateIsSealedAfterRecordsWithHigherIds() throws Exception {
        String actor = actor();
        TransactionTemplate tx = new TransactionTemplate(txManager);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = pool.submit(() -> tx.executeWithoutResult(s -> {
                auditLog.recordAs(actor, null, null, null, "CREATE", "late", "early-id", null, null);
                written.countDown();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            written.await(1, TimeUnit.MINUTES);
            auditLog.recordAs(actor, null, null, null, "CREATE", "late", "later-id", null, null);
            sealer.sealPending();
            release.countDown();
            slow.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        sealer.sealPending();

        List<AuditRecord> rows = mine(actor);
        AuditRecord early = rows.stream().filter(r -> r.entityId().equals("early-id")).findFirst().orElseThrow();
        AuditRecord later = rows.stream().filter(r -> r.entityId().equals("later-id")).findFirst().orElseThrow();
        assertThat(early.id()).isLessThan(later.id());
        assertThat(early.chainSeq()).isGreaterThan(later.chainSeq());
        assertThat(verifier.verify(later.chainSeq(), early.chainSeq()).ok()).isTrue();
    }

    @Test
    void recordAsWorksOutsideARequestAndOutsideATransaction() {
        SecurityContextHolder.clearContext();
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
        String actor = actor();

        auditLog.recordAs(actor, null, null, "192.0.2.1", "LOGIN_FAILED", "app_user", null, null,
                Map.of("reason", "密码错误"));

        List<AuditRecord> rows = mine(actor);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("LOGIN_FAILED");
            assertThat(r.clientAddress()).isEqualTo("192.0.2.1");
            assertThat(r.afterJson()).contains("密码错误");
            assertThat(r.occurredAt()).isNotNull();
        });
    }

    @Test
    void recordWithoutASignedInUserIsAttributedToTheSystem() {
        SecurityContextHolder.clearContext();
        String entityId = UUID.randomUUID().toString();

        auditLog.record("UPDATE", "job", entityId, null, null);

        assertThat(jdbc.queryForObject("select actor_name from audit_record where entity_id = ?", String.class, entityId))
                .isEqualTo("system");
    }
}
