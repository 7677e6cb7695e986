package cn.fazhi.platform.audit;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in {@code chain_seq} order recomputing every hash and reports the first broken link: a record whose
 * content no longer matches its hash (edited), a missing position (deleted), or a record whose {@code prev_hash} does
 * not equal its predecessor's hash (deleted and re-linked, or predecessor replaced). 等保 2.0 三级 安全审计: 应对审计记录
 * 进行保护, 避免受到未预期的删除、修改或覆盖.
 */
@Component
public class AuditChainVerifier {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final AuditChainSealer sealer;
    private final AuditLog auditLog;

    AuditChainVerifier(JdbcTemplate jdbc, AuditChainSealer sealer, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.auditLog = auditLog;
    }

    /** Seals pending records, verifies the whole chain and audits the run (action {@code AUDIT_VERIFY}). */
    public ChainVerification sealVerifyAndRecord() {
        return sealVerifyAndRecord(1, null);
    }

    /** Seals pending records, verifies positions fromSeq..toSeq and audits the run (action {@code AUDIT_VERIFY}). */
    public ChainVerification sealVerifyAndRecord(long fromSeq, Long toSeq) {
        sealer.sealPending();
        ChainVerification result = verify(fromSeq, toSeq);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("fromSeq", fromSeq);
        summary.put("toSeq", toSeq);
        summary.put("ok", result.ok());
        summary.put("verified", result.verified());
        summary.put("pending", result.pending());
        summary.put("headSeq", result.headSeq());
        summary.put("headHash", result.headHash());
        if (result.firstBroken() != null) {
            summary.put("brokenChainSeq", result.firstBroken().chainSeq());
            summary.put("brokenRecordId", result.firstBroken().recordId());
            summary.put("reason", result.firstBroken().reason());
        }
        auditLog.record("AUDIT_VERIFY", "audit_chain", null, null, summary);
        return result;
    }

    /** Verifies the whole chain. */
    public ChainVerification verify() {
        return verify(1, null);
    }

    /**
     * Verifies chain positions {@code fromSeq..toSeq} (toSeq null: to the current head). When {@code fromSeq > 1}
     * the first record is linked against its stored predecessor.
     */
    public ChainVerification verify(long fromSeq, Long toSeq) {
        if (fromSeq < 1) {
            throw BusinessException.invalid("fromSeq", "起始链序号必须大于等于 1");
        }
        if (toSeq != null && toSeq < fromSeq) {
            throw BusinessException.invalid("toSeq", "结束链序号不能小于起始链序号");
        }
        long pending = count("select count(*) from audit_record where chain_seq is null");
        String expectedPrev;
        if (fromSeq == 1) {
            expectedPrev = AuditHashing.GENESIS;
        } else {
            List<String> before = jdbc.queryForList("select record_hash from audit_record where chain_seq = ?",
                    String.class, fromSeq - 1);
            expectedPrev = before.isEmpty() ? null : before.get(0); // predecessor outside the range is gone: trust
        }
        long expectedSeq = fromSeq;
        long verified = 0;
        String headHash = null;
        long last = fromSeq - 1;
        while (true) {
            long upper = toSeq == null ? Long.MAX_VALUE : toSeq;
            List<AuditRecord> rows = jdbc.query("select " + AuditHashing.COLUMNS + " from audit_record "
                    + "where chain_seq > ? and chain_seq <= ? order by chain_seq limit " + PAGE,
                    AuditHashing::map, last, upper);
            for (AuditRecord r : rows) {
                long seq = r.chainSeq();
                verified++;
                if (seq != expectedSeq) {
                    return broken(verified - 1, pending, fromSeq, expectedSeq - 1, headHash,
                            new ChainVerification.BrokenLink(expectedSeq, null, missingReason(expectedSeq, seq, r.id())));
                }
                if (expectedPrev != null && !expectedPrev.equals(r.prevHash())) {
                    return broken(verified, pending, fromSeq, seq - 1, headHash, new ChainVerification.BrokenLink(seq,
                            r.id(), "第 " + seq + " 号记录(ID " + r.id() + ")登记的前一条哈希与第 " + (seq - 1)
                                    + " 号记录的哈希不一致:链在此处断开,前一条记录已被删除、替换或改动了哈希"));
                }
                String actual = AuditHashing.hash(r.prevHash(), seq, r);
                if (!actual.equals(r.recordHash())) {
                    return broken(verified, pending, fromSeq, seq - 1, headHash, new ChainVerification.BrokenLink(seq,
                            r.id(), "第 " + seq + " 号记录(ID " + r.id() + ")的内容与封存时的 SM3 哈希不一致:"
                                    + "该记录封存后被修改"));
                }
                expectedPrev = r.recordHash();
                headHash = r.recordHash();
                expectedSeq = seq + 1;
                last = seq;
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        if (toSeq != null && last < toSeq && count("select count(*) from audit_record where chain_seq > " + last) > 0) {
            // The end of the requested range is missing while the chain goes on after it.
            long next = count("select min(chain_seq) from audit_record where chain_seq > " + last);
            List<Long> ids = jdbc.queryForList("select id from audit_record where chain_seq = ?", Long.class, next);
            return broken(verified, pending, fromSeq, last, headHash, new ChainVerification.BrokenLink(last + 1, null,
                    missingReason(last + 1, next, ids.isEmpty() ? 0 : ids.get(0))));
        }
        return new ChainVerification(true, verified, null, pending, fromSeq, last, headHash);
    }

    private static String missingReason(long expected, long found, long foundId) {
        String span = found - 1 == expected ? "第 " + expected + " 号记录" : "第 " + expected + "–" + (found - 1) + " 号记录";
        return span + "缺失:链序号从 " + (expected - 1) + " 直接跳到 " + found + "(ID " + foundId
                + "),审计记录已被删除";
    }

    private static ChainVerification broken(long verified, long pending, long fromSeq, long headSeq, String headHash,
            ChainVerification.BrokenLink link) {
        return new ChainVerification(false, verified, link, pending, fromSeq, Math.max(headSeq, fromSeq - 1), headHash);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
