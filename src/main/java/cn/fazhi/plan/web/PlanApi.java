package cn.fazhi.plan.web;

import cn.fazhi.plan.Plan;
import cn.fazhi.plan.web.PlanDtos.DeriveRequest;
import cn.fazhi.plan.web.PlanDtos.ImportResultDto;
import cn.fazhi.plan.web.PlanDtos.LeadUnitRequest;
import cn.fazhi.plan.web.PlanDtos.MilestoneDto;
import cn.fazhi.plan.web.PlanDtos.MilestoneRequest;
import cn.fazhi.plan.web.PlanDtos.MilestoneUpdate;
import cn.fazhi.plan.web.PlanDtos.Page;
import cn.fazhi.plan.web.PlanDtos.PlanDto;
import cn.fazhi.plan.web.PlanDtos.PlanSummaryDto;
import cn.fazhi.plan.web.PlanDtos.SectionDto;
import cn.fazhi.plan.web.PlanDtos.TaskDto;
import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.PlanTask;
import cn.fazhi.plan.Plans;
import cn.fazhi.plan.TaskDivisionExport;
import cn.fazhi.plan.TaskFilter;
import cn.fazhi.plan.importing.ImportOutcome;
import cn.fazhi.plan.importing.PlanImport;
import cn.fazhi.plan.importing.PlanMetadata;
import cn.fazhi.plan.importing.PlanSourceReader;
import cn.fazhi.plan.importing.SourceDocument;
import cn.fazhi.plan.importing.UnitDecision;
import cn.fazhi.plan.importing.UnresolvedUnits;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.platform.kernel.ApiErrorHandler;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.PageResult;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api")
@Tag(name = "实施方案", description = "实施方案的导入、查询、状态流转,工作任务的牵头单位、工作方案与节点,年度工作要点与任务分工表导出")
class PlanApi {

    private final Plans plans;
    private final PlanImport planImport;
    private final ObjectProvider<PlanSourceReader> reader;
    private final TaskDivisionExport export;
    private final ObjectMapper json;

    PlanApi(Plans plans, PlanImport planImport, ObjectProvider<PlanSourceReader> reader, TaskDivisionExport export,
            ObjectMapper json) {
        this.plans = plans;
        this.planImport = planImport;
        this.reader = reader;
        this.export = export;
        this.json = json;
    }

    // ---- import ------------------------------------------------------------------------------------------------

    /** JSON import: a parsed plan (as {@code POST /api/plans/parse} returns it, possibly corrected) and metadata. */
    record JsonImport(ParsedPlan plan, String title, String docNumber, Integer periodStartYear, Integer periodEndYear,
            String reportingCycle, Long supervisorOrgId, Long orgId, JsonNode unitMappings, Boolean rememberAliases) {
    }

    @PostMapping(path = "/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入实施方案(上传文档)", description = """
            上传 .docx/.pdf/.txt/.xlsx,解析后在一个事务中导入方案、分区、任务与单位。unitMappings 为 JSON,
            如 {"市编办": 12, "市新设中心": "create"}(数字:对应已有单位;"create":在方案单位下新建,需要 org:manage);
            rememberAliases=true 时把人工对应记为单位别名。仍有未识别单位时返回 422 和 unresolved 名单,不写入任何数据。
            同一单位再次导入相同内容返回 200 和已有方案,不产生任何变化;新导入返回 201。""")
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) String docNumber,
            @RequestParam(required = false) Integer periodStartYear, @RequestParam(required = false) Integer periodEndYear,
            @RequestParam(required = false) String reportingCycle, @RequestParam(required = false) Long supervisorOrgId,
            @RequestParam(required = false) Long orgId, @RequestParam(required = false) String unitMappings,
            @RequestParam(defaultValue = "false") boolean rememberAliases, HttpServletRequest request) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.MANAGE);
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("file", "请选择要导入的方案文档(文件为空)");
        }
        byte[] bytes = file.getBytes();
        ParsedPlan parsed = reader().read(file.getOriginalFilename(), bytes);
        return doImport(parsed, new PlanMetadata(title, docNumber, periodStartYear, periodEndYear, reportingCycle,
                supervisorOrgId, orgId), decisions(parseMappings(unitMappings), rememberAliases),
                new SourceDocument(file.getOriginalFilename(), file.getContentType(), bytes), request);
    }

    @PostMapping(path = "/plans", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "导入实施方案(粘贴文本)", description = "请求体为方案全文(UTF-8),其余同上传文档,参数放在查询串中")
    ResponseEntity<?> importText(@RequestBody String text, @RequestParam(required = false) String title,
            @RequestParam(required = false) String docNumber, @RequestParam(required = false) Integer periodStartYear,
            @RequestParam(required = false) Integer periodEndYear, @RequestParam(required = false) String reportingCycle,
            @RequestParam(required = false) Long supervisorOrgId, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String unitMappings,
            @RequestParam(defaultValue = "false") boolean rememberAliases, HttpServletRequest request) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.MANAGE);
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("text", "方案文本为空");
        }
        ParsedPlan parsed = reader().readText(text);
        return doImport(parsed, new PlanMetadata(title, docNumber, periodStartYear, periodEndYear, reportingCycle,
                supervisorOrgId, orgId), decisions(parseMappings(unitMappings), rememberAliases),
                new SourceDocument("实施方案.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)), request);
    }

    @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "导入实施方案(已解析的 JSON)", description = "plan 为 POST /api/plans/parse 返回的结构(可先修正);其余同上传文档")
    ResponseEntity<?> importJson(@RequestBody JsonImport body, HttpServletRequest request) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.MANAGE);
        if (body == null || body.plan() == null) {
            throw BusinessException.invalid("plan", "请提供解析后的方案(plan)");
        }
        ParsedPlan parsed = new ParsedPlan(body.plan().title(), body.plan().tasks() == null ? List.of() : body.plan().tasks(),
                body.plan().warnings() == null ? List.of() : body.plan().warnings());
        return doImport(parsed, new PlanMetadata(body.title(), body.docNumber(), body.periodStartYear(),
                body.periodEndYear(), body.reportingCycle(), body.supervisorOrgId(), body.orgId()),
                decisions(body.unitMappings(), Boolean.TRUE.equals(body.rememberAliases())), null, request);
    }

    private PlanSourceReader reader() {
        PlanSourceReader r = reader.getIfAvailable();
        if (r == null) {
            throw new BusinessException("PARSER_UNAVAILABLE", "方案解析功能不可用", 503);
        }
        return r;
    }

    private ResponseEntity<?> doImport(ParsedPlan parsed, PlanMetadata meta, Map<String, UnitDecision> decisions,
            SourceDocument source, HttpServletRequest request) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            ImportOutcome r = planImport.importPlan(parsed, meta, decisions, source, me);
            ImportResultDto body = new ImportResultDto(planDto(r.plan(), me), r.created(), r.tasks(), r.sections(),
                    r.unitsCreated(), r.aliasesRemembered(),
                    r.created() ? "已导入方案,共" + r.tasks() + "项任务" : "该方案已导入,未作任何改动");
            return ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
        } catch (UnresolvedUnits e) {
            ResponseEntity<ProblemDetail> problem = ApiErrorHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(),
                    e.getMessage(), e.fieldErrors(), request);
            problem.getBody().setProperty("unresolved", e.names());
            return problem;
        }
    }

    /** {"市编办": 12, "市新设中心": "create"} → decisions. */
    private JsonNode parseMappings(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (RuntimeException e) {
            throw BusinessException.invalid("unitMappings", "unitMappings 应为 JSON 对象,如 {\"市编办\": 12}");
        }
    }

    static Map<String, UnitDecision> decisions(JsonNode node, boolean remember) {
        Map<String, UnitDecision> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw BusinessException.invalid("unitMappings", "unitMappings 应为 JSON 对象,如 {\"市编办\": 12}");
        }
        for (var e : node.properties()) {
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (v.isIntegralNumber()) {
                out.put(name, UnitDecision.map(name, v.asLong(), remember));
            } else if (v.isString() && v.asString().strip().matches("\\d{1,18}")) {
                out.put(name, UnitDecision.map(name, Long.parseLong(v.asString().strip()), remember));
            } else if (v.isString() && (v.asString().equalsIgnoreCase("create") || v.asString().equals("新建"))) {
                out.put(name, UnitDecision.create(name));
            } else {
                throw BusinessException.invalid("unitMappings", "“" + name + "”的取值应为单位 id 或 \"create\"");
            }
        }
        return out;
    }

    // ---- plans -------------------------------------------------------------------------------------------------

    PlanDto planDto(Plan p, FazhiPrincipal me) {
        return new PlanDto(p.id(), p.orgId(), plans.orgName(p.orgId()), p.title(), p.docNumber(), p.periodStartYear(),
                p.periodEndYear(), p.status().name(), p.status().label(), p.reportingCycle().name(), p.supervisorOrgId(),
                plans.orgName(p.supervisorOrgId()), p.sourceSha256(), p.sourceAttachmentId(), p.parentPlanId(),
                plans.taskCount(p), plans.sections(p).stream().map(SectionDto::of).toList(),
                plans.canManage(p, me) ? PlanDtos.allowed(p) : List.of());
    }

    @GetMapping("/plans")
    @Operation(summary = "实施方案列表", description = "本人数据范围内的方案(制定单位、督办单位或任一任务的单位在范围内),新的在前,分页;可按标题(包含,title)和状态(status: DRAFT/ISSUED/IN_FORCE/ENDED)筛选")
    Page<PlanSummaryDto> list(@RequestParam(required = false) String title, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageResult<cn.fazhi.plan.PlanSummary> r = plans.list(CurrentUser.get(), title,
                cn.fazhi.plan.PlanStatus.parse("status", status), page, size);
        return new Page<>(r.items().stream().map(PlanSummaryDto::of).toList(), r.page(), r.size(), r.total());
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "实施方案详情", description = "含分区(领域、子领域);数据范围外返回 404")
    PlanDto get(@PathVariable UUID id) {
        FazhiPrincipal me = CurrentUser.get();
        return planDto(plans.get(id, me), me);
    }

    @GetMapping("/plans/{id}/tasks")
    @Operation(summary = "方案的工作任务", description = "按编号排序、分页;可按领域(area:标题或分区号)、牵头单位、状态、完成年份筛选;只列出本人数据范围内的任务")
    Page<TaskDto> tasks(@PathVariable UUID id, @RequestParam(required = false) String area,
            @RequestParam(required = false) Long leadOrgId, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        FazhiPrincipal me = CurrentUser.get();
        Plan p = plans.get(id, me);
        PageResult<PlanTask> r = plans.tasks(p, new TaskFilter(area, leadOrgId, status, year), me, page, size);
        return new Page<>(r.items().stream().map(TaskDto::of).toList(), r.page(), r.size(), r.total());
    }

    @PostMapping("/plans/{id}/transitions/{action}")
    @Operation(summary = "方案状态流转", description = "issue 印发(草拟→印发,须有任务)、start 开始执行(印发→执行中)、end 结束(执行中→已结束);状态不符返回 409 并说明当前状态")
    PlanDto transition(@PathVariable UUID id, @PathVariable @Parameter(description = "issue | start | end") String action) {
        FazhiPrincipal me = CurrentUser.get();
        return planDto(plans.transition(id, Plan.Transition.parse(action), me), me);
    }

    @GetMapping("/plans/{id}/key-work")
    @Operation(summary = "年度工作要点", description = "该年度内到期的任务,以及每年/持续推进的任务")
    List<TaskDto> keyWork(@PathVariable UUID id, @RequestParam int year) {
        FazhiPrincipal me = CurrentUser.get();
        return plans.keyWork(plans.get(id, me), year, me).stream().map(TaskDto::of).toList();
    }

    @GetMapping("/plans/{id}/export/task-division.xlsx")
    @Operation(summary = "导出任务分工表 (.xlsx)", description = "序号、工作任务、牵头单位、责任单位、完成时限;按领域分组")
    ResponseEntity<byte[]> exportTaskDivision(@PathVariable UUID id) {
        FazhiPrincipal me = CurrentUser.get();
        Plan p = plans.get(id, me);
        return xlsx(TaskDivisionExport.filename(p), export.export(p, me));
    }

    static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    @PostMapping("/plans/{id}/derive")
    @Operation(summary = "制定本地区/本部门实施方案", description = "选取上级方案的任务,生成本单位的草拟方案,任务保留与上级任务的关联")
    ResponseEntity<PlanDto> derive(@PathVariable UUID id, @RequestBody DeriveRequest body) {
        FazhiPrincipal me = CurrentUser.get();
        Plan p = plans.derive(id, body == null ? null : body.taskIds(), body == null ? null : body.title(), me);
        return ResponseEntity.status(HttpStatus.CREATED).body(planDto(p, me));
    }

    // ---- tasks -------------------------------------------------------------------------------------------------

    @GetMapping("/tasks/{id}")
    @Operation(summary = "工作任务详情", description = "数据范围外返回 404")
    TaskDto task(@PathVariable UUID id) {
        return TaskDto.of(plans.getTask(id, CurrentUser.get()));
    }

    @PutMapping("/tasks/{id}/lead-unit")
    @Operation(summary = "调整牵头单位", description = "更换对任务负责的牵头单位(记入审计日志);需要 plan:manage")
    TaskDto changeLead(@PathVariable UUID id, @RequestBody LeadUnitRequest body) {
        if (body == null || body.leadOrgId() == null) {
            throw BusinessException.invalid("leadOrgId", "请选择牵头单位");
        }
        return TaskDto.of(plans.changeLead(id, body.leadOrgId(), body.reason(), CurrentUser.get()));
    }

    @PostMapping(path = "/tasks/{id}/work-plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传工作方案", description = "牵头单位的工作方案(一套工作方案),存为附件")
    TaskDto workPlan(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("file", "请选择工作方案文件(文件为空)");
        }
        return TaskDto.of(plans.attachWorkPlan(id, file.getOriginalFilename(), file.getContentType(),
                file.getInputStream(), CurrentUser.get()));
    }

    @GetMapping("/tasks/{id}/milestones")
    @Operation(summary = "工作方案节点")
    List<MilestoneDto> milestones(@PathVariable UUID id) {
        return plans.milestones(plans.getTask(id, CurrentUser.get())).stream().map(MilestoneDto::of).toList();
    }

    @PostMapping("/tasks/{id}/milestones")
    @Operation(summary = "新增节点", description = "牵头单位或方案管理人员")
    ResponseEntity<MilestoneDto> addMilestone(@PathVariable UUID id, @RequestBody MilestoneRequest body) {
        var m = plans.addMilestone(id, body == null ? null : body.title(), body == null ? null : body.dueOn(),
                CurrentUser.get());
        return ResponseEntity.status(HttpStatus.CREATED).body(MilestoneDto.of(m));
    }

    @PutMapping("/tasks/{id}/milestones/{seq}")
    @Operation(summary = "标记节点完成/未完成")
    MilestoneDto updateMilestone(@PathVariable UUID id, @PathVariable int seq, @RequestBody MilestoneUpdate body) {
        boolean done = body == null || body.done() == null || body.done();
        return MilestoneDto.of(plans.setMilestoneDone(id, seq, done, body == null ? null : body.doneOn(),
                CurrentUser.get()));
    }

    @DeleteMapping("/tasks/{id}/milestones/{seq}")
    @Operation(summary = "删除节点")
    ResponseEntity<Void> deleteMilestone(@PathVariable UUID id, @PathVariable int seq) {
        plans.deleteMilestone(id, seq, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/plans/my-tasks")
    @Operation(summary = "我的任务", description = "本人所在单位牵头或参与的任务,按完成时限排序")
    List<TaskDto> myTasks() {
        return plans.myTasks(CurrentUser.get()).stream().map(TaskDto::of).toList();
    }
}
