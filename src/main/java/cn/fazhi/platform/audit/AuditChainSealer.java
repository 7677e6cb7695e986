package cn.fazhi.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed, unsealed audit records into the SM3 hash chain, in batches, in id order. The chain order is the
 * sealing order: a record whose transaction commits late gets a later {@code chain_seq} than records with higher ids
 * sealed before it. Each batch is one transaction; a batch that meets a concurrent sealer (another node calling
 * {@link #sealPending()} directly) fails on the unique index over {@code chain_seq} or on the
 * {@code chain_seq is null} guard, rolls back and is retried from the new chain head, so the chain never forks.
 */
@Component
public class AuditChainSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainSealer.class);
    private static final int MAX_CONFLICTS = 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int batchSize;
    /** Serialises the scheduled run and direct calls on this node; ShedLock and the unique index cover other nodes. */
    private final ReentrantLock localLock = new ReentrantLock();

    AuditChainSealer(JdbcTemplate jdbc, PlatformTransactionManager txManager,
            @Value("${fazhi.audit.seal-batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
    }

    /** Every few seconds on one node of the cluster (ShedLock). */
    @Scheduled(fixedDelayString = "${fazhi.audit.seal-interval:PT5S}", initialDelayString = "${fazhi.audit.seal-interval:PT5S}")
    @SchedulerLock(name = "audit-chain-sealer", lockAtMostFor = "PT10M")
    public void scheduledSeal() {
        int n = sealPending();
        if (n > 0) {
            log.debug("sealed {} audit records", n);
        }
    }

    /**
     * Seals every record committed so far and returns how many it sealed. Safe to call at any time, e.g. right before
     * a verification run; it must not run inside a caller's transaction (each batch commits on its own).
     */
    public int sealPending() {
        localLock.lock();
        try {
            int total = 0;
            int conflicts = 0;
            while (true) {
                int sealed;
                try {
                    Integer n = tx.execute(status -> sealBatch());
                    sealed = n == null ? 0 : n;
                } catch (DataAccessException | ConcurrentSealException e) {
                    // Unique index on chain_seq, row lock or H2 "concurrent update": another sealer won this batch.
                    if (++conflicts > MAX_CONFLICTS) {
                        throw e;
                    }
                    log.info("audit sealing met a concurrent sealer, retrying from the new chain head: {}", e.getMessage());
                    continue;
                }
                total += sealed;
                if (sealed < batchSize) {
                    return total;
                }
            }
        } finally {
            localLock.unlock();
        }
    }

    private int sealBatch() {
        List<AuditRecord> rows = jdbc.query("select " + AuditHashing.COLUMNS
                + " from audit_record where chain_seq is null order by id limit " + batchSize, AuditHashing::map);
        if (rows.isEmpty()) {
            return 0;
        }
        List<Object[]> head = jdbc.query("""
                select chain_seq, record_hash from audit_record
                where chain_seq = (select max(chain_seq) from audit_record)""",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
        long seq = head.isEmpty() ? 0 : (Long) head.get(0)[0];
        String prev = head.isEmpty() ? AuditHashing.GENESIS : (String) head.get(0)[1];
        List<Object[]> updates = new ArrayList<>(rows.size());
        for (AuditRecord r : rows) {
            seq++;
            String hash = AuditHashing.hash(prev, seq, r);
            updates.add(new Object[] {seq, prev, hash, r.id()});
            prev = hash;
        }
        int[] counts = jdbc.batchUpdate("""
                update audit_record set chain_seq = ?, prev_hash = ?, record_hash = ?
                where id = ? and chain_seq is null""", updates,
                new int[] {java.sql.Types.BIGINT, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.BIGINT});
        for (int c : counts) {
            // SUCCESS_NO_INFO (-2) is a driver's "done, count unknown"; 0 means another sealer took the row.
            if (c == 0) {
                throw new ConcurrentSealException();
            }
        }
        return rows.size();
    }

    /** Another sealer sealed one of the rows of this batch first; the batch rolls back and is retried. */
    static final class ConcurrentSealException extends RuntimeException {
        ConcurrentSealException() {
            super("an audit record of this batch was sealed concurrently");
        }
    }
}
