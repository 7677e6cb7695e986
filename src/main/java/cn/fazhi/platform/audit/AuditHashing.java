package cn.fazhi.platform.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

/**
 * The chain hash: SM3 (GM/T 0004-2012, 国家密码管理局 commercial cryptography standard; GB/T 39786-2021 密评 expects
 * national algorithms for integrity protection) over the previous record's hash and a canonical serialisation of every
 * content column plus the record's chain position. Hex, lower case, 64 characters.
 */
final class AuditHashing {

    /** The previous hash of the first record in the chain. */
    static final String GENESIS = "0".repeat(64);

    /** Columns read for sealing, verification and viewing, in the order {@link #map} expects. */
    static final String COLUMNS = "id, occurred_at, actor_user_id, actor_name, actor_org_id, client_address, action, "
            + "entity_type, entity_id, before_json, after_json, chain_seq, prev_hash, record_hash";

    private AuditHashing() {
    }

    static AuditRecord map(ResultSet rs, int rowNum) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        return new AuditRecord(rs.getLong("id"), at == null ? null : at.toInstant(),
                rs.getObject("actor_user_id", Long.class), rs.getString("actor_name"),
                rs.getObject("actor_org_id", Long.class), rs.getString("client_address"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getObject("chain_seq", Long.class), rs.getString("prev_hash"),
                rs.getString("record_hash"));
    }

    /** The hash record {@code r} must carry at chain position {@code chainSeq} after {@code prevHash}. */
    static String hash(String prevHash, long chainSeq, AuditRecord r) {
        StringBuilder sb = new StringBuilder(256);
        // Version tag: a later change of the serialisation can coexist with sealed v1 records.
        sb.append("fazhi-audit-v1\n");
        field(sb, prevHash);
        field(sb, Long.toString(chainSeq));
        field(sb, Long.toString(r.id()));
        field(sb, r.occurredAt() == null ? null : Long.toString(epochMicros(r.occurredAt())));
        field(sb, r.actorUserId() == null ? null : r.actorUserId().toString());
        field(sb, r.actorName());
        field(sb, r.actorOrgId() == null ? null : r.actorOrgId().toString());
        field(sb, r.clientAddress());
        field(sb, r.action());
        field(sb, r.entityType());
        field(sb, r.entityId());
        field(sb, r.beforeJson());
        field(sb, r.afterJson());
        byte[] in = sb.toString().getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(in, 0, in.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return Hex.toHexString(out);
    }

    /** Length-prefixed so that no two different column tuples serialise alike; "~" marks SQL NULL. */
    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("~\n");
        } else {
            sb.append(value.length()).append(':').append(value).append('\n');
        }
    }

    /** Both databases keep microseconds; the writer truncates to them so the stored value is exact. */
    static long epochMicros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
}
