package cn.fazhi.platform.audit.web;

import cn.fazhi.platform.audit.AuditRecord;
import cn.fazhi.platform.kernel.TimeConfig;
import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/** An audit record as the API returns it and the viewer shows it: times in China Standard Time, org name if known. */
public record AuditRecordView(long id, Long chainSeq, OffsetDateTime occurredAt, String actorName, Long actorUserId,
        Long actorOrgId, String actorOrgName, String clientAddress, String action, String entityType, String entityId,
        String beforeJson, String afterJson, String prevHash, String recordHash) {

    static AuditRecordView of(AuditRecord r, String orgName) {
        return new AuditRecordView(r.id(), r.chainSeq(),
                r.occurredAt() == null ? null : r.occurredAt().atZone(TimeConfig.CHINA).toOffsetDateTime(),
                r.actorName(), r.actorUserId(), r.actorOrgId(), orgName, r.clientAddress(), r.action(), r.entityType(),
                r.entityId(), r.beforeJson(), r.afterJson(), r.prevHash(), r.recordHash());
    }

    /** Indented JSON for the viewer; text that is not JSON is shown as stored. */
    static String pretty(ObjectMapper json, String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            return json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (RuntimeException e) {
            return text;
        }
    }
}
