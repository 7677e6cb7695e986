package cn.fazhi.reporting.declared.web;

import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.reporting.declared.Declaration;
import cn.fazhi.reporting.declared.DeclarationService;
import cn.fazhi.reporting.declared.DeclarationStatus;
import cn.fazhi.reporting.declared.Declarations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Declared figures (申报数据) over HTTP; rules live in {@link DeclarationService}. */
@RestController
@Tag(name = "申报数据", description = "外部来源数据的申报(附佐证材料)、报送与审核(通过/退回补充);只有审核通过的申报计入指标")
class DeclarationApi {

    private final DeclarationService service;
    private final Declarations declarations;

    DeclarationApi(DeclarationService service, Declarations declarations) {
        this.service = service;
        this.declarations = declarations;
    }

    record DeclarationDto(UUID id, long orgId, String metric, String period, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, String note, UUID evidenceId, String status, String statusLabel, long declaredBy,
            OffsetDateTime declaredAt, OffsetDateTime submittedAt, OffsetDateTime reviewedAt, String returnReason,
            UUID supersededBy, String link) {
        static DeclarationDto of(Declaration d) {
            return new DeclarationDto(d.id(), d.orgId(), d.metric(), d.period().code(), d.amount(), d.numerator(),
                    d.denominator(), d.note(), d.evidenceId(), d.status().name(), d.status().label(), d.declaredBy(),
                    d.declaredAt(), d.submittedAt(), d.reviewedAt(), d.returnReason(), d.supersededBy(),
                    "/reports/declarations/" + d.id());
        }
    }

    record ReturnRequest(String reason) {
    }

    @PostMapping("/api/declarations")
    @Operation(summary = "申报数据(草稿)", description = "请求体 {\"metric\":\"hotline_12345.received\",\"orgId\":12,\"period\":\"2025\","
            + "\"value\":1234,\"note\":\"…\",\"evidenceId\":\"<附件id>\"};比率类指标申报 numerator 与 denominator。"
            + "orgId 省略时为本单位;单位须在本人数据范围内。需要 report:declare。")
    ResponseEntity<DeclarationDto> create(@RequestBody DeclarationService.DeclarationInput in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(DeclarationDto.of(service.create(in, CurrentUser.get())));
    }

    @PutMapping("/api/declarations/{id}")
    @Operation(summary = "修改草稿或退回补充的申报")
    DeclarationDto edit(@PathVariable UUID id, @RequestBody DeclarationService.DeclarationInput in) {
        return DeclarationDto.of(service.edit(id, in, CurrentUser.get()));
    }

    @GetMapping("/api/declarations/{id}")
    @Operation(summary = "一条申报数据", description = "不在本人数据范围内时 404")
    DeclarationDto get(@PathVariable UUID id) {
        return DeclarationDto.of(declarations.get(id, CurrentUser.get()));
    }

    @PostMapping("/api/declarations/{id}/submit")
    @Operation(summary = "报送审核", description = "须已附佐证材料;只有草稿或退回补充的申报可以报送")
    DeclarationDto submit(@PathVariable UUID id) {
        return DeclarationDto.of(service.submit(id, CurrentUser.get()));
    }

    @PostMapping("/api/declarations/{id}/accept")
    @Operation(summary = "审核通过", description = "需要 report:review,且数据范围覆盖申报单位;同一指标、单位、期间的旧申报被替代(保留历史)")
    DeclarationDto accept(@PathVariable UUID id) {
        return DeclarationDto.of(service.accept(id, CurrentUser.get()));
    }

    @PostMapping("/api/declarations/{id}/return")
    @Operation(summary = "退回补充", description = "请求体 {\"reason\":\"…\"},理由必填")
    DeclarationDto returnIt(@PathVariable UUID id, @RequestBody(required = false) ReturnRequest req) {
        return DeclarationDto.of(service.returnForSupplement(id, req == null ? null : req.reason(), CurrentUser.get()));
    }

    @GetMapping("/api/declarations")
    @Operation(summary = "申报数据列表", description = "本人数据范围内;可按指标、期间、状态、单位筛选")
    List<Declarations.Row> list(@RequestParam(required = false) String metric, @RequestParam(required = false) String period,
            @RequestParam(required = false) DeclarationStatus status, @RequestParam(required = false) Long orgId) {
        var me = CurrentUser.get();
        cn.fazhi.platform.org.Access.requireAny(me, cn.fazhi.reporting.ReportingPermission.READ,
                cn.fazhi.reporting.ReportingPermission.DECLARE);
        return declarations.list(me, metric, period, status, orgId, 500);
    }
}
