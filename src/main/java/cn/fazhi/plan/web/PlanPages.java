package cn.fazhi.plan.web;

import cn.fazhi.plan.Plan;
import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.PlanStatus;
import cn.fazhi.plan.PlanSection;
import cn.fazhi.plan.PlanTask;
import cn.fazhi.plan.Plans;
import cn.fazhi.plan.TaskDivisionExport;
import cn.fazhi.plan.importing.ImportOutcome;
import cn.fazhi.plan.importing.ImportPreview;
import cn.fazhi.plan.importing.PlanImport;
import cn.fazhi.plan.importing.PlanMetadata;
import cn.fazhi.plan.importing.PlanSourceReader;
import cn.fazhi.plan.importing.SourceDocument;
import cn.fazhi.plan.importing.UnitDecision;
import cn.fazhi.plan.importing.UnresolvedUnits;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.ParsedTask;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * 实施方案 pages: list, import (upload or paste → preview with warnings and unit decisions → confirm), plan page,
 * task page, 我的任务, 年度工作要点, task-division export and derived plans. Reads go through the user's data scope; an
 * out-of-scope plan or task is "not found".
 */
@Controller
@RequestMapping("/plans")
class PlanPages {

    /** A task due within this many days shows as 即将到期 on 我的任务. */
    static final int DUE_SOON_DAYS = 30;

    private final Plans plans;
    private final PlanImport planImport;
    private final PlanSourceReader reader;
    private final TaskDivisionExport export;
    private final OrgUnits orgUnits;
    private final ObjectMapper json;
    private final Clock clock;

    PlanPages(Plans plans, PlanImport planImport, PlanSourceReader reader, TaskDivisionExport export, OrgUnits orgUnits,
            ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.planImport = planImport;
        this.reader = reader;
        this.export = export;
        this.orgUnits = orgUnits;
        this.json = json;
        this.clock = clock;
    }

    // ---- list --------------------------------------------------------------------------------------------------

    @GetMapping
    String list(@RequestParam(required = false) String title, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("result", plans.list(me, title, PlanStatus.parse("status", status), page, 20));
        model.addAttribute("title", title);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("canImport", me.can(PlanPermission.MANAGE));
        return "plans/list";
    }

    // ---- import ------------------------------------------------------------------------------------------------

    @GetMapping("/import")
    String importForm(Model model) {
        Access.require(CurrentUser.get(), PlanPermission.MANAGE);
        return "plans/import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String text,
            HttpSession session, Model model, HttpServletResponse response) throws IOException {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.MANAGE);
        try {
            ParsedPlan parsed;
            PendingImport pending;
            if (file != null && !file.isEmpty()) {
                byte[] bytes = file.getBytes();
                parsed = reader.read(file.getOriginalFilename(), bytes);
                pending = new PendingImport(null, file.getOriginalFilename(), file.getContentType(), bytes);
            } else if (text != null && !text.isBlank()) {
                parsed = reader.readText(text);
                pending = new PendingImport(null, "实施方案.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
            } else {
                throw BusinessException.invalid("file", "请选择方案文档或粘贴方案文本");
            }
            String token = UUID.randomUUID().toString();
            session.setAttribute(PendingImport.PREFIX + token, new PendingImport(json.writeValueAsString(parsed),
                    pending.filename(), pending.contentType(), pending.bytes()));
            return "redirect:/plans/import/" + token;
        } catch (BusinessException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            model.addAttribute("error", e.getMessage());
            model.addAttribute("text", text);
            response.setStatus(400);
            return "plans/import";
        }
    }

    private PendingImport pending(String token, HttpSession session) {
        Object o = session.getAttribute(PendingImport.PREFIX + token);
        if (!(o instanceof PendingImport p)) {
            throw new BusinessException("IMPORT_EXPIRED", "预览已失效(可能已确认或会话已过期),请重新上传方案", 404);
        }
        return p;
    }

    private ParsedPlan parsed(PendingImport p) {
        return json.readValue(p.parsedJson(), ParsedPlan.class);
    }

    @GetMapping("/import/{token}")
    String preview(@PathVariable String token, HttpSession session, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.MANAGE);
        PendingImport p = pending(token, session);
        ImportPreview preview = planImport.preview(parsed(p), Map.of(), null, me);
        return previewPage(token, p, preview, preview.defaults(), Map.of(), model, me);
    }

    private String previewPage(String token, PendingImport p, ImportPreview preview, PlanMetadata meta,
            Map<String, String> choices, Model model, FazhiPrincipal me) {
        model.addAttribute("token", token);
        model.addAttribute("filename", p.filename());
        model.addAttribute("preview", preview);
        model.addAttribute("meta", meta);
        model.addAttribute("choices", choices);
        model.addAttribute("orgs", orgUnits.tree());
        model.addAttribute("canCreateUnits", me.can(Permissions.ORG_MANAGE));
        model.addAttribute("warningsByTask", warningsByTask(preview.parsed()));
        model.addAttribute("unitHow", unitHow(preview));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "plans/preview";
    }

    private static Map<Integer, List<String>> warningsByTask(ParsedPlan parsed) {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        parsed.warnings().stream().filter(w -> w.taskNumber() != null)
                .forEach(w -> m.computeIfAbsent(w.taskNumber(), k -> new ArrayList<>()).add(w.message()));
        return m;
    }

    private static Map<String, String> unitHow(ImportPreview preview) {
        Map<String, String> m = new LinkedHashMap<>();
        preview.units().forEach(u -> m.put(u.name(), u.resolved() ? u.orgName() : null));
        return m;
    }

    @PostMapping("/import/{token}")
    String confirm(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, HttpSession session,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, PlanPermission.MANAGE);
        PendingImport p = pending(token, session);
        ParsedPlan parsed = parsed(p);
        PlanMetadata meta = new PlanMetadata(form.getFirst("title"), form.getFirst("docNumber"),
                intOrNull(form.getFirst("periodStartYear")), intOrNull(form.getFirst("periodEndYear")),
                form.getFirst("reportingCycle"), longOrNull(form.getFirst("supervisorOrgId")), longOrNull(form.getFirst("orgId")));
        // unit decisions: unitName[i] with unitChoice[i] = "" | "<orgId>" | "create", unitRemember[i] = "true"
        Map<String, UnitDecision> decisions = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        List<String> names = form.getOrDefault("unitName", List.of());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String choice = form.getFirst("unitChoice" + i);
            boolean remember = "true".equals(form.getFirst("unitRemember" + i));
            if (choice == null || choice.isBlank()) {
                continue;
            }
            choices.put(name, choice);
            if ("create".equals(choice)) {
                decisions.put(name, UnitDecision.create(name));
            } else if (choice.matches("\\d{1,18}")) {
                decisions.put(name, UnitDecision.map(name, Long.parseLong(choice), remember));
            }
        }
        try {
            ImportOutcome r = planImport.importPlan(parsed, meta, decisions,
                    new SourceDocument(p.filename(), p.contentType(), p.bytes()), me);
            session.removeAttribute(PendingImport.PREFIX + token);
            redirect.addFlashAttribute("notice", r.created()
                    ? "已导入方案,共" + r.tasks() + "项任务" + (r.unitsCreated() > 0 ? ",新建单位" + r.unitsCreated() + "个" : "")
                            + (r.aliasesRemembered() > 0 ? ",记住别名" + r.aliasesRemembered() + "个" : "")
                    : "该方案已导入,未作任何改动");
            return "redirect:/plans/" + r.plan().id();
        } catch (BusinessException e) {
            if (e.status() == 403 && !(e.getMessage().contains("org:manage"))) {
                throw e;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach(f -> errors.merge(f.field(), f.message(), (a, b) -> a + ";" + b));
            model.addAttribute("errors", errors);
            model.addAttribute("error", e.getMessage());
            if (e instanceof UnresolvedUnits u) {
                model.addAttribute("unresolvedNames", u.names());
            }
            response.setStatus(e instanceof UnresolvedUnits ? 422 : e.status() == 403 ? 403 : 400);
            ImportPreview preview = planImport.preview(parsed, decisions, meta, me);
            return previewPage(token, p, preview, meta, choices, model, me);
        }
    }

    private static Integer intOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("periodStartYear", "年份应为四位数字");
        }
    }

    private static Long longOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- plan page ---------------------------------------------------------------------------------------------

    /** An area with its sub-areas and tasks, for the plan page. */
    record AreaView(PlanSection section, List<PlanTask> tasks, List<SubAreaView> subAreas) {
    }

    record SubAreaView(PlanSection section, List<PlanTask> tasks) {
    }

    static List<AreaView> group(List<PlanSection> sections, List<PlanTask> tasks) {
        Map<Integer, List<PlanTask>> bySub = new LinkedHashMap<>();
        Map<Integer, List<PlanTask>> byArea = new LinkedHashMap<>();
        List<PlanTask> loose = new ArrayList<>();
        Map<String, Integer> areaNo = new LinkedHashMap<>();
        Map<String, Integer> subNo = new LinkedHashMap<>();
        for (PlanSection s : sections) {
            if (s.level() == 1) {
                areaNo.put(s.title(), s.sectionNo());
            } else {
                subNo.put(s.parentSectionNo() + "\u001f" + s.title(), s.sectionNo());
            }
        }
        for (PlanTask t : tasks) {
            Integer a = t.area() == null ? null : areaNo.get(t.area());
            Integer sub = t.subArea() == null ? null : subNo.get(a + "\u001f" + t.subArea());
            if (sub != null) {
                bySub.computeIfAbsent(sub, k -> new ArrayList<>()).add(t);
            } else if (a != null) {
                byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(t);
            } else {
                loose.add(t);
            }
        }
        List<AreaView> out = new ArrayList<>();
        for (PlanSection s : sections) {
            if (s.level() != 1) {
                continue;
            }
            List<SubAreaView> subs = new ArrayList<>();
            for (PlanSection c : sections) {
                if (c.level() == 2 && s.sectionNo() == (c.parentSectionNo() == null ? -1 : c.parentSectionNo())
                        && bySub.containsKey(c.sectionNo())) {
                    subs.add(new SubAreaView(c, bySub.get(c.sectionNo())));
                }
            }
            List<PlanTask> direct = byArea.getOrDefault(s.sectionNo(), List.of());
            if (!subs.isEmpty() || !direct.isEmpty()) {
                out.add(new AreaView(s, direct, subs));
            }
        }
        for (PlanSection c : sections) {
            if (c.level() == 2 && c.parentSectionNo() == null && bySub.containsKey(c.sectionNo())) {
                out.add(new AreaView(null, List.of(), List.of(new SubAreaView(c, bySub.get(c.sectionNo())))));
            }
        }
        if (!loose.isEmpty()) {
            out.add(new AreaView(null, loose, List.of()));
        }
        return out;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Plan plan = plans.get(id, me);
        List<PlanTask> tasks = plans.allTasks(plan, me);
        model.addAttribute("plan", plan);
        model.addAttribute("orgName", plans.orgName(plan.orgId()));
        model.addAttribute("supervisorName", plans.orgName(plan.supervisorOrgId()));
        model.addAttribute("areas", group(plans.sections(plan), tasks));
        model.addAttribute("taskCount", tasks.size());
        model.addAttribute("totalCount", plans.taskCount(plan));
        model.addAttribute("canManage", plans.canManage(plan, me));
        model.addAttribute("transitions", Plan.Transition.values());
        model.addAttribute("canDerive", plan.orgId() != me.orgId()
                && (me.can(PlanPermission.MANAGE) || me.can(PlanPermission.REPORT)));
        model.addAttribute("parentPlan", plan.parentPlanId() == null ? null : plans.find(plan.parentPlanId(), me).orElse(null));
        model.addAttribute("years", years(plan));
        model.addAttribute("today", LocalDate.now(clock));
        return "plans/plan";
    }

    private static List<Integer> years(Plan plan) {
        List<Integer> ys = new ArrayList<>();
        for (int y = plan.periodStartYear(); y <= plan.periodEndYear(); y++) {
            ys.add(y);
        }
        return ys;
    }

    @PostMapping("/{id}/transitions/{action}")
    String transition(@PathVariable UUID id, @PathVariable String action, RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        Plan.Transition t = Plan.Transition.parse(action);
        try {
            Plan after = plans.transition(id, t, me);
            redirect.addFlashAttribute("notice", "方案已" + t.label() + ",当前状态:" + after.status().label());
        } catch (BusinessException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/plans/" + id;
    }

    @GetMapping("/{id}/export/task-division.xlsx")
    ResponseEntity<byte[]> exportTaskDivision(@PathVariable UUID id) {
        FazhiPrincipal me = CurrentUser.get();
        Plan plan = plans.get(id, me);
        return PlanApi.xlsx(TaskDivisionExport.filename(plan), export.export(plan, me));
    }

    @GetMapping("/{id}/key-work")
    String keyWork(@PathVariable UUID id, @RequestParam(required = false) Integer year, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Plan plan = plans.get(id, me);
        int y = year != null ? year : Math.max(plan.periodStartYear(), Math.min(plan.periodEndYear(), LocalDate.now(clock).getYear()));
        model.addAttribute("plan", plan);
        model.addAttribute("year", y);
        model.addAttribute("years", years(plan));
        model.addAttribute("tasks", plans.keyWork(plan, y, me));
        return "plans/key-work";
    }

    // ---- task page ---------------------------------------------------------------------------------------------

    @GetMapping("/{id}/tasks/{number}")
    String task(@PathVariable UUID id, @PathVariable int number, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Plan plan = plans.get(id, me);
        PlanTask task = plans.getTaskByNumber(plan, number, me);
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("milestones", plans.milestones(task));
        model.addAttribute("canManage", plans.canManage(plan, me));
        model.addAttribute("canAnswer", plans.canAnswer(task, plan, me));
        model.addAttribute("orgs", orgUnits.tree());
        model.addAttribute("parentTask", task.parentTaskId() == null ? null : plans.findTask(task.parentTaskId(), me).orElse(null));
        model.addAttribute("childTasks", plans.childTasks(task, me));
        model.addAttribute("today", LocalDate.now(clock));
        return "plans/task";
    }

    private String backToTask(UUID id, int number) {
        return "redirect:/plans/" + id + "/tasks/" + number;
    }

    private PlanTask taskOf(UUID id, int number, FazhiPrincipal me) {
        return plans.getTaskByNumber(plans.get(id, me), number, me);
    }

    @PostMapping("/{id}/tasks/{number}/lead-unit")
    String changeLead(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) Long leadOrgId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        PlanTask task = taskOf(id, number, me);
        return act(redirect, id, number, () -> {
            if (leadOrgId == null) {
                throw BusinessException.invalid("leadOrgId", "请选择牵头单位");
            }
            PlanTask after = plans.changeLead(task.id(), leadOrgId, reason, me);
            return "牵头单位已改为“" + after.leadOrgName() + "”";
        });
    }

    @PostMapping("/{id}/tasks/{number}/work-plan")
    String workPlan(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        PlanTask task = taskOf(id, number, me);
        return act(redirect, id, number, () -> {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("file", "请选择工作方案文件");
            }
            try {
                plans.attachWorkPlan(task.id(), file.getOriginalFilename(), file.getContentType(), file.getInputStream(), me);
            } catch (IOException e) {
                throw new BusinessException("UPLOAD_UNREADABLE", "上传内容读取失败,请重新上传", 400);
            }
            return "已上传工作方案";
        });
    }

    @PostMapping("/{id}/tasks/{number}/milestones")
    String addMilestone(@PathVariable UUID id, @PathVariable int number, @RequestParam(required = false) String title,
            @RequestParam(required = false) LocalDate dueOn, RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        PlanTask task = taskOf(id, number, me);
        return act(redirect, id, number, () -> {
            plans.addMilestone(task.id(), title, dueOn, me);
            return "已新增节点";
        });
    }

    @PostMapping("/{id}/tasks/{number}/milestones/{seq}/done")
    String milestoneDone(@PathVariable UUID id, @PathVariable int number, @PathVariable int seq,
            @RequestParam(defaultValue = "true") boolean done, RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        PlanTask task = taskOf(id, number, me);
        return act(redirect, id, number, () -> {
            plans.setMilestoneDone(task.id(), seq, done, null, me);
            return done ? "节点已标记完成" : "节点已改为未完成";
        });
    }

    @PostMapping("/{id}/tasks/{number}/milestones/{seq}/delete")
    String milestoneDelete(@PathVariable UUID id, @PathVariable int number, @PathVariable int seq,
            RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        PlanTask task = taskOf(id, number, me);
        return act(redirect, id, number, () -> {
            plans.deleteMilestone(task.id(), seq, me);
            return "已删除节点";
        });
    }

    private String act(RedirectAttributes redirect, UUID id, int number, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (BusinessException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return backToTask(id, number);
    }

    // ---- my tasks ----------------------------------------------------------------------------------------------

    @GetMapping("/my-tasks")
    String myTasks(Model model) {
        FazhiPrincipal me = CurrentUser.get();
        model.addAttribute("tasks", plans.myTasks(me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("soonDays", DUE_SOON_DAYS);
        model.addAttribute("orgName", me.orgName());
        model.addAttribute("myOrgId", me.orgId());
        return "plans/my-tasks";
    }

    // ---- derived plans -----------------------------------------------------------------------------------------

    @GetMapping("/{id}/derive")
    String deriveForm(@PathVariable UUID id, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.requireAny(me, PlanPermission.MANAGE, PlanPermission.REPORT);
        Plan plan = plans.get(id, me);
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", plans.allTasks(plan, me));
        model.addAttribute("orgName", me.orgName());
        return "plans/derive";
    }

    @PostMapping("/{id}/derive")
    String derive(@PathVariable UUID id, @RequestParam(required = false) List<UUID> taskIds,
            @RequestParam(required = false) String title, RedirectAttributes redirect) {
        FazhiPrincipal me = CurrentUser.get();
        try {
            Plan derived = plans.derive(id, taskIds, title, me);
            redirect.addFlashAttribute("notice", "已生成本单位实施方案(草拟),共" + plans.taskCount(derived) + "项任务");
            return "redirect:/plans/" + derived.id();
        } catch (BusinessException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/plans/" + id + "/derive";
        }
    }
}
