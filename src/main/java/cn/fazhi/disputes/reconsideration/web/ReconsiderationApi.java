package cn.fazhi.disputes.reconsideration.web;

import cn.fazhi.disputes.reconsideration.CaseView;
import cn.fazhi.disputes.reconsideration.Channel;
import cn.fazhi.disputes.reconsideration.ReconsiderationCase;
import cn.fazhi.disputes.reconsideration.ReconsiderationCases;
import cn.fazhi.disputes.reconsideration.ReconsiderationCommands;
import cn.fazhi.disputes.reconsideration.ReconsiderationService;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.PageResult;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/reconsideration")
@Tag(name = "行政复议", description = "行政复议案件:收到申请、补正、受理、审理、中止、终止、调解、决定、送达、意见书、履行;法定期限由法定日历计算")
class ReconsiderationApi {

    private final ReconsiderationService service;
    private final ReconsiderationCommands commands;

    ReconsiderationApi(ReconsiderationService service, ReconsiderationCommands commands) {
        this.service = service;
        this.commands = commands;
    }

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记收到的行政复议申请", description = """
            {"receivedOn":"2025-09-26","applicant":"张三","respondent":"市公安局","actDescription":"…"};respondent 为单位 id
            或其全称、简称、别名;可选 channel(IN_PERSON/POST/ONLINE)、contact、organId(复议机关,默认为本人单位所属人民政府)。""")
    ResponseEntity<CaseView> create(@RequestBody JsonNode body) {
        FazhiPrincipal me = CurrentUser.get();
        Map<String, String> f = fields(body);
        LocalDate receivedOn = f.get("receivedOn") == null ? null : parseDate("receivedOn", f.get("receivedOn"));
        if (receivedOn == null) {
            throw BusinessException.invalid("receivedOn", "请填写收到申请的日期(receivedOn)");
        }
        Long organId = f.get("organId") == null ? null : parseLong("organId", f.get("organId"));
        ReconsiderationCase c = service.receive(new ReconsiderationService.Application(receivedOn, f.get("applicant"),
                f.get("contact"), f.get("respondent"), f.get("actDescription"), Channel.parse(f.get("channel")),
                organId), me);
        return ResponseEntity.status(HttpStatus.CREATED).body(service.view(c, me));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "案件详情:状态、法定期限(step/due/unit/amount/basis/provisional)、办理记录、文书")
    CaseView get(@PathVariable UUID id) {
        FazhiPrincipal me = CurrentUser.get();
        return service.view(service.get(id, me), me);
    }

    @GetMapping("/cases")
    @Operation(summary = "案件列表(分页)", description = "state 按状态;due=soon 三个工作日内到期,due=overdue 已逾期;respondentOrgId 按被申请人")
    PageResult<ReconsiderationCases.ListRow> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String due, @RequestParam(required = false) Long respondentOrgId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        FazhiPrincipal me = CurrentUser.get();
        return ReconsiderationPages.listPage(service, me, state, due, respondentOrgId, page, size);
    }

    @PostMapping(path = "/cases/{id}/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "案件流转", description = """
            action: supplement-request {on,items}、supplement-received {on}、abandon {on}、accept {acceptedOn,procedure}、
            reject {on,reason}、convert {on,approvedBy}、copy-to-respondent {on}、answer {on,summary}(被申请人)、
            hearing {on,formal,panel}、committee-opinion {on,opinion}、suspend {ground,on}、resume {on}、terminate {ground,on}、
            mediate {on,terms}、extend {on,days,approvedBy}、decide {decisionType,decidedOn}、serve {on}、
            opinion-letter {on,content}、performance {on,performed,note}。不合法的流转返回 409 并说明当前状态与依据。""")
    CaseView transition(@PathVariable UUID id, @PathVariable String action, @RequestBody(required = false) JsonNode body) {
        FazhiPrincipal me = CurrentUser.get();
        ReconsiderationCase c = commands.execute(id, action, fields(body), me);
        return service.view(c, me);
    }

    @PostMapping(path = "/cases/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "被申请人提交答复书(上传 .docx/.pdf/.txt)")
    CaseView answerWithFile(@PathVariable UUID id, @RequestParam(required = false) String on,
            @RequestParam(required = false) String summary, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        LocalDate day = on == null || on.isBlank() ? service.today() : parseDate("on", on);
        ReconsiderationCase c = service.answer(id, me, day, summary, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return service.view(c, me);
    }

    static Map<String, String> fields(JsonNode body) {
        Map<String, String> f = new LinkedHashMap<>();
        if (body == null || body.isNull()) {
            return f;
        }
        if (!body.isObject()) {
            throw BusinessException.invalid("body", "请求体应为 JSON 对象");
        }
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            JsonNode v = e.getValue();
            if (v != null && !v.isNull()) {
                f.put(e.getKey(), v.isValueNode() ? v.asString() : v.toString());
            }
        }
        return f;
    }

    static LocalDate parseDate(String field, String v) {
        try {
            return LocalDate.parse(v.strip());
        } catch (RuntimeException e) {
            throw BusinessException.invalid(field, "日期“" + v + "”格式不正确,应为 2025-09-26 这样的年-月-日");
        }
    }

    static Long parseLong(String field, String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(field, "“" + v + "”不是有效的单位编号");
        }
    }
}
