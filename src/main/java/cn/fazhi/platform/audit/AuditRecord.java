package cn.fazhi.platform.audit;

import java.time.Instant;

/**
 * One stored audit record. The content columns (everything up to {@code afterJson}) never change after the insert;
 * the chain columns ({@code chainSeq}, {@code prevHash}, {@code recordHash}) are set once by the
 * {@link AuditChainSealer} and are null while the record is pending.
 */
public record AuditRecord(long id, Instant occurredAt, Long actorUserId, String actorName, Long actorOrgId,
        String clientAddress, String action, String entityType, String entityId, String beforeJson, String afterJson,
        Long chainSeq, String prevHash, String recordHash) {

    public boolean sealed() {
        return chainSeq != null;
    }
}
