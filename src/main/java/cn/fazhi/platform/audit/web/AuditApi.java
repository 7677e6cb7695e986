package cn.fazhi.platform.audit.web;

import cn.fazhi.platform.audit.AuditChainVerifier;
import cn.fazhi.platform.audit.AuditOrgNames;
import cn.fazhi.platform.audit.AuditPermissions;
import cn.fazhi.platform.audit.AuditQuery;
import cn.fazhi.platform.audit.AuditRecord;
import cn.fazhi.platform.audit.AuditRecords;
import cn.fazhi.platform.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over HTTP: read records (audit:read) and verify the hash chain (audit:verify). No write API. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "审计日志", description = "只读的审计记录查询与哈希链校验")
class AuditApi {

    private final AuditRecords records;
    private final AuditChainVerifier verifier;
    private final ObjectProvider<AuditOrgNames> orgNames;

    AuditApi(AuditRecords records, AuditChainVerifier verifier, ObjectProvider<AuditOrgNames> orgNames) {
        this.records = records;
        this.verifier = verifier;
        this.orgNames = orgNames;
    }

    /** A page of records, newest first. */
    record RecordPage(List<AuditRecordView> items, int page, int size, boolean hasNext) {
    }

    @GetMapping("/records")
    @Operation(summary = "查询审计记录", description = "按操作人、单位、对象类型与编号、操作、日期(含首尾,北京时间)筛选;"
            + "page 从 0 开始,按时间倒序。需要 audit:read 权限;审计员可见全部单位的记录。")
    RecordPage list(@RequestParam(required = false) String actor,
            @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String action,
            @Parameter(description = "开始日期 yyyy-MM-dd") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "结束日期 yyyy-MM-dd") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        AuditAccess.require(AuditPermissions.READ);
        AuditRecords.Page result = records.search(new AuditQuery(actor, orgId, entityType, entityId, action, from, to),
                page, size);
        Map<Long, String> names = orgNamesOf(result.items(), orgNames);
        return new RecordPage(result.items().stream()
                .map(r -> AuditRecordView.of(r, r.actorOrgId() == null ? null : names.get(r.actorOrgId())))
                .toList(), result.page(), result.size(), result.hasNext());
    }

    @PostMapping("/verify")
    @Operation(summary = "校验审计哈希链", description = "先封存待入链的记录,再逐条重算 SM3 哈希,报告第一处断链"
            + "(内容被改、记录被删)。可用 fromSeq/toSeq 只校验一段。校验本身记入审计(AUDIT_VERIFY)。需要 audit:verify 权限。")
    ChainVerification verify(@RequestParam(defaultValue = "1") long fromSeq,
            @RequestParam(required = false) Long toSeq) {
        AuditAccess.require(AuditPermissions.VERIFY);
        return verifier.sealVerifyAndRecord(fromSeq, toSeq);
    }

    static Map<Long, String> orgNamesOf(List<AuditRecord> rows, ObjectProvider<AuditOrgNames> provider) {
        AuditOrgNames lookup = provider.getIfAvailable();
        if (lookup == null || rows.isEmpty()) {
            return Map.of();
        }
        return lookup.namesOf(rows.stream().map(AuditRecord::actorOrgId).filter(Objects::nonNull).distinct().toList());
    }
}
