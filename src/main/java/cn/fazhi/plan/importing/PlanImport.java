package cn.fazhi.plan.importing;

import cn.fazhi.plan.DeadlineKind;
import cn.fazhi.plan.Numbering;
import cn.fazhi.plan.Plan;
import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.PlanSection;
import cn.fazhi.plan.PlanStatus;
import cn.fazhi.plan.PlanStore;
import cn.fazhi.plan.Plans;
import cn.fazhi.plan.ReportingCycle;
import cn.fazhi.plan.TaskStatus;
import cn.fazhi.plan.UnitRole;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.ParsedTask;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgAliases;
import cn.fazhi.platform.org.OrgForm;
import cn.fazhi.platform.org.OrgKind;
import cn.fazhi.platform.org.OrgNameResolver;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.org.Permissions;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a parsed plan (实施方案). Every unit name resolves through {@link OrgNameResolver} (exact, short name, alias)
 * or by the user's decision (map to an organisation, optionally remembered as an alias; or create one under the plan's
 * organisation, with org:manage). Nothing is silently dropped: confirming while a name is unresolved is refused with
 * the names. Several lead units: the first answers (lead_org_id), the others are co-leads. "各牵头单位落实": the
 * supervising office answers and every lead unit of the plan is responsible; "各责任单位落实": every responsible unit
 * of the plan (every lead unit when the plan names none).
 * <p>All or nothing, one transaction; idempotent: the plan keeps the SHA-256 of the normalised parsed content, and
 * importing the same content for the same organisation again changes nothing and returns the existing plan.
 */
@Service
public class PlanImport {

    /** The marker the parser may leave for "各牵头单位落实". */
    public static final String ALL_LEAD_UNITS = "各牵头单位";
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[—–\\-－~～至到]+\\s*(\\d{4})");

    private final Plans plans;
    private final PlanStore store;
    private final OrgNameResolver resolver;
    private final OrgUnits orgUnits;
    private final OrgAliases aliases;
    private final Attachments attachments;
    private final AuditLog audit;

    PlanImport(Plans plans, PlanStore store, OrgNameResolver resolver, OrgUnits orgUnits, OrgAliases aliases,
            Attachments attachments, AuditLog audit) {
        this.plans = plans;
        this.store = store;
        this.resolver = resolver;
        this.orgUnits = orgUnits;
        this.aliases = aliases;
        this.attachments = attachments;
        this.audit = audit;
    }

    // ---- the content hash --------------------------------------------------------------------------------------

    /** SHA-256 of the normalised parsed content: the tasks' fields in order (the title is not part of it). */
    public static String sha256(ParsedPlan parsed) {
        StringBuilder b = new StringBuilder();
        for (ParsedTask t : parsed.tasks()) {
            b.append(t.number()).append('\u001f').append(norm(t.area())).append('\u001f').append(norm(t.subArea()))
                    .append('\u001f').append(norm(t.text())).append('\u001f')
                    .append(String.join("\u001e", t.leadUnits().stream().map(PlanImport::norm).toList())).append('\u001f')
                    .append(String.join("\u001e", t.responsibleUnits().stream().map(PlanImport::norm).toList()))
                    .append('\u001f').append(t.deadline() == null ? "" : t.deadline().toString()).append('\u001f')
                    .append(norm(t.deadlineText())).append('\u001f')
                    .append(t.deadlineKind() == null ? "" : t.deadlineKind().name()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String norm(String s) {
        return OrgNameResolver.normalise(s);
    }

    // ---- preview -----------------------------------------------------------------------------------------------

    /** Default metadata for the user: parsed title, period from the title or the deadlines, organisations. */
    public PlanMetadata defaults(ParsedPlan parsed, FazhiPrincipal actor) {
        Integer start = null;
        Integer end = null;
        if (parsed.title() != null) {
            Matcher m = PERIOD.matcher(parsed.title());
            if (m.find()) {
                start = Integer.parseInt(m.group(1));
                end = Integer.parseInt(m.group(2));
            }
        }
        if (start == null) {
            for (ParsedTask t : parsed.tasks()) {
                if (t.deadline() != null) {
                    int y = t.deadline().getYear();
                    start = start == null ? y : Math.min(start, y);
                    end = end == null ? y : Math.max(end, y);
                }
            }
        }
        Long supervisor = actor.can(PlanPermission.SUPERVISE) ? actor.orgId() : null;
        return new PlanMetadata(parsed.title(), null, start, end, ReportingCycle.YEARLY.name(), supervisor,
                defaultPlanOrg(actor));
    }

    /** The nearest government at or above the user's unit (a department's plan is its government's plan). */
    long defaultPlanOrg(FazhiPrincipal actor) {
        String path = actor.orgPath();
        if (path != null) {
            String[] ids = path.split("/");
            for (int i = ids.length - 1; i >= 0; i--) {
                if (ids[i].isBlank()) {
                    continue;
                }
                long id = Long.parseLong(ids[i]);
                Optional<OrgUnit> u = orgUnits.find(id);
                if (u.isPresent() && u.get().kind() == OrgKind.GOVERNMENT && plans.covers(actor, id)) {
                    return id;
                }
            }
        }
        return actor.orgId();
    }

    /** Resolves every unit name of the parsed plan, applying the user's decisions; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ParsedPlan parsed, Map<String, UnitDecision> decisions, PlanMetadata metadata,
            FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.MANAGE);
        PlanMetadata defaults = defaults(parsed, actor);
        long planOrg = metadata != null && metadata.orgId() != null ? metadata.orgId() : defaults.orgId();
        String sha = sha256(parsed);
        Plan existing = store.findBySource(planOrg, sha).flatMap(id -> plans.find(id, actor)).orElse(null);
        return new ImportPreview(parsed, resolve(parsed, decisions == null ? Map.of() : decisions, planOrg), defaults, sha,
                existing);
    }

    /** Each distinct unit name (collective markers excluded) with the tasks that name it, in document order. */
    static Map<String, List<Integer>> unitNames(ParsedPlan parsed) {
        Map<String, List<Integer>> names = new LinkedHashMap<>();
        Set<Integer> collective = collectiveLeadTasks(parsed);
        for (ParsedTask t : parsed.tasks()) {
            if (!collective.contains(t.number())) {
                t.leadUnits().forEach(n -> add(names, n, t.number()));
            }
            t.responsibleUnits().stream().filter(n -> !collectiveResponsible(n))
                    .forEach(n -> add(names, n, t.number()));
        }
        return names;
    }

    private static void add(Map<String, List<Integer>> names, String name, int number) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = name.strip();
        List<Integer> numbers = names.computeIfAbsent(key, k -> new ArrayList<>());
        if (!numbers.contains(number)) {
            numbers.add(number);
        }
    }

    /**
     * Each unit name with its organisation: the user's explicit mapping first, else a match by name, short name or
     * alias (preferring units inside the plan organisation's subtree), else a creation the user asked for.
     */
    private List<UnitResolution> resolve(ParsedPlan parsed, Map<String, UnitDecision> decisions, long planOrg) {
        Map<String, UnitDecision> byKey = new HashMap<>();
        decisions.forEach((k, v) -> byKey.put(norm(k), v));
        List<UnitResolution> out = new ArrayList<>();
        Map<String, List<Integer>> names = unitNames(parsed);
        String planPath = orgUnits.find(planOrg).map(OrgUnit::path).orElse(null);
        Map<String, OrgNameResolver.OrgMatch> matches = resolver.resolveAll(names.keySet(), planPath);
        names.forEach((name, numbers) -> {
            Optional<OrgNameResolver.OrgMatch> m = Optional.ofNullable(matches.get(name));
            UnitDecision d = byKey.get(norm(name));
            if (m.isPresent() && (d == null || d.action() != UnitDecision.Action.MAP || d.orgId() == null)) {
                out.add(new UnitResolution(name, m.get().orgId(), m.get().orgName(), m.get().kind().name(), numbers));
            } else if (d != null && d.action() == UnitDecision.Action.MAP && d.orgId() != null) {
                Optional<OrgUnit> u = orgUnits.find(d.orgId()).filter(OrgUnit::active);
                out.add(u.map(x -> new UnitResolution(name, x.id(), x.name(), "MAP", numbers))
                        .orElseGet(() -> new UnitResolution(name, null, null, "UNRESOLVED", numbers)));
            } else if (d != null && d.action() == UnitDecision.Action.CREATE) {
                out.add(new UnitResolution(name, null, name.strip(), "CREATE", numbers));
            } else {
                out.add(new UnitResolution(name, null, null, "UNRESOLVED", numbers));
            }
        });
        return out;
    }

    // ---- collective units ----------------------------------------------------------------------------------------

    /**
     * The numbers of the "各牵头单位落实" tasks: the parser either leaves the marker 各牵头单位, or expands it to every
     * lead unit of the plan and says so in an ALL_LEAD_UNITS warning for the task. Without either (a client's own
     * JSON), a task listing exactly the plan's lead units, more than five of them, counts as one.
     */
    static Set<Integer> collectiveLeadTasks(ParsedPlan parsed) {
        Set<Integer> out = new LinkedHashSet<>();
        parsed.warnings().stream().filter(w -> "ALL_LEAD_UNITS".equals(w.code()) && w.taskNumber() != null)
                .forEach(w -> out.add(w.taskNumber()));
        Set<String> allLeads = new LinkedHashSet<>();
        for (ParsedTask t : parsed.tasks()) {
            if (t.leadUnits().stream().anyMatch(PlanImport::collectiveMarker)) {
                out.add(t.number());
            }
        }
        for (ParsedTask t : parsed.tasks()) {
            if (!out.contains(t.number())) {
                t.leadUnits().forEach(n -> allLeads.add(norm(n)));
            }
        }
        for (ParsedTask t : parsed.tasks()) {
            Set<String> mine = new LinkedHashSet<>();
            t.leadUnits().forEach(n -> mine.add(norm(n)));
            if (mine.size() > 5 && mine.equals(allLeads)) {
                out.add(t.number());
            }
        }
        return out;
    }

    private static boolean collectiveMarker(String name) {
        return norm(name).startsWith(ALL_LEAD_UNITS);
    }

    static boolean collectiveResponsible(String name) {
        return norm(name).startsWith(ParsedTask.ALL_RESPONSIBLE_UNITS);
    }

    // ---- import ------------------------------------------------------------------------------------------------

    /**
     * Imports the plan in one transaction. Returns the existing plan (created = false) when the same content was
     * already imported for the same organisation.
     *
     * @param source the uploaded document or pasted text (stored as an attachment), or null
     */
    @Transactional
    public ImportOutcome importPlan(ParsedPlan parsed, PlanMetadata metadata, Map<String, UnitDecision> decisions,
            SourceDocument source, FazhiPrincipal actor) {
        Access.require(actor, PlanPermission.MANAGE);
        PlanMetadata meta = metadata == null ? PlanMetadata.empty() : metadata;
        PlanMetadata defaults = defaults(parsed, actor);
        long planOrg = meta.orgId() != null ? meta.orgId() : defaults.orgId();
        if (orgUnits.find(planOrg).filter(OrgUnit::active).isEmpty() || !plans.covers(actor, planOrg)) {
            throw BusinessException.invalid("orgId", "制定方案的单位不存在或不在本人数据范围内");
        }
        if (parsed.tasks().isEmpty()) {
            throw new BusinessException("NO_TASKS", "文档中没有识别出任何工作任务,未导入", 422);
        }
        String sha = sha256(parsed);
        Optional<UUID> existing = store.findBySource(planOrg, sha);
        if (existing.isPresent()) {
            Plan plan = plans.get(existing.get(), actor);
            return new ImportOutcome(plan, false, plans.taskCount(plan), plans.sections(plan).size(), 0, 0);
        }
        Validated v = validate(parsed, meta, defaults, actor);

        // units: resolved names, then the user's decisions; refuse while any name is unresolved
        Map<String, UnitDecision> decided = decisions == null ? Map.of() : decisions;
        List<UnitResolution> units = resolve(parsed, decided, planOrg);
        List<String> unresolved = units.stream().filter(u -> !u.resolved()).map(UnitResolution::name).toList();
        if (!unresolved.isEmpty()) {
            throw new UnresolvedUnits(unresolved);
        }
        boolean creates = units.stream().anyMatch(u -> "CREATE".equals(u.how()));
        if (creates && !actor.can(Permissions.ORG_MANAGE)) {
            throw BusinessException.forbidden("新建单位需要“组织机构管理(org:manage)”权限,请改为指定已有单位:"
                    + String.join("、", units.stream().filter(u -> "CREATE".equals(u.how())).map(UnitResolution::name).toList()));
        }
        Map<String, Long> orgByName = new HashMap<>();
        int created = 0;
        int remembered = 0;
        Map<String, UnitDecision> decisionByKey = new HashMap<>();
        decided.forEach((k, d) -> decisionByKey.put(norm(k), d));
        for (UnitResolution u : units) {
            long orgId;
            if ("CREATE".equals(u.how())) {
                orgId = createUnit(u.name(), planOrg, actor);
                created++;
            } else {
                orgId = u.orgId();
                UnitDecision d = decisionByKey.get(norm(u.name()));
                if ("MAP".equals(u.how()) && d != null && d.rememberAlias()
                        && aliases.remember(u.name().strip(), orgId, actor, PlanPermission.MANAGE).isPresent()) {
                    remembered++;
                }
            }
            orgByName.put(norm(u.name()), orgId);
        }

        // the source document
        UUID attachmentId = null;
        if (source != null && source.bytes() != null && source.bytes().length > 0) {
            AttachmentRef ref = attachments.store(planOrg, source.filename() == null ? "实施方案.txt" : source.filename(),
                    source.contentType(), new ByteArrayInputStream(source.bytes()), "plan-source");
            attachmentId = ref.id();
        }

        UUID planId = UUID.randomUUID();
        store.insertPlan(new PlanStore.NewPlan(planOrg, planId, v.title, v.docNumber, v.start, v.end, PlanStatus.DRAFT,
                v.cycle, v.supervisor, sha, attachmentId, null, null, actor.userId()));
        Sections sections = sections(parsed);
        store.insertSections(planOrg, planId, sections.list);
        List<PlanStore.NewTask> tasks = tasks(parsed, sections, orgByName, v.supervisor);
        store.insertTasks(planOrg, planId, tasks);

        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", v.title);
        after.put("orgId", planOrg);
        after.put("sha256", sha);
        after.put("tasks", tasks.size());
        after.put("sections", sections.list.size());
        after.put("units", units.size());
        after.put("unitsCreated", created);
        after.put("aliasesRemembered", remembered);
        after.put("sourceAttachmentId", attachmentId == null ? null : attachmentId.toString());
        audit.record("IMPORT", "plan", planId.toString(), null, after);
        Plan plan = plans.get(planId, actor);
        return new ImportOutcome(plan, true, tasks.size(), sections.list.size(), created, remembered);
    }

    private record Validated(String title, String docNumber, int start, int end, ReportingCycle cycle, long supervisor) {
    }

    private Validated validate(ParsedPlan parsed, PlanMetadata meta, PlanMetadata defaults, FazhiPrincipal actor) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String title = meta.title() != null && !meta.title().isBlank() ? meta.title().strip() : defaults.title();
        if (title == null || title.isBlank()) {
            errors.add(new BusinessException.FieldError("title", "请填写方案标题(文档中未识别出标题)"));
        } else if (title.length() > 300) {
            errors.add(new BusinessException.FieldError("title", "方案标题不能超过300个字符"));
        }
        String doc = meta.docNumber() == null || meta.docNumber().isBlank() ? null : meta.docNumber().strip();
        if (doc != null && doc.length() > 100) {
            errors.add(new BusinessException.FieldError("docNumber", "文号不能超过100个字符"));
        }
        Integer start = meta.periodStartYear() != null ? meta.periodStartYear() : defaults.periodStartYear();
        Integer end = meta.periodEndYear() != null ? meta.periodEndYear() : defaults.periodEndYear();
        if (start == null || end == null) {
            errors.add(new BusinessException.FieldError("periodStartYear", "请填写方案的起止年份"));
        } else if (start < 1990 || end > 2100 || end < start) {
            errors.add(new BusinessException.FieldError("periodEndYear", "起止年份不正确(结束年份不能早于开始年份)"));
        }
        ReportingCycle cycle = ReportingCycle.YEARLY;
        if (meta.reportingCycle() != null && !meta.reportingCycle().isBlank()) {
            cycle = ReportingCycle.parse(meta.reportingCycle()).orElse(null);
            if (cycle == null) {
                errors.add(new BusinessException.FieldError("reportingCycle", "报送周期应为每季度、每半年或每年"));
            }
        }
        Long supervisor = meta.supervisorOrgId() != null ? meta.supervisorOrgId() : defaults.supervisorOrgId();
        if (supervisor == null) {
            errors.add(new BusinessException.FieldError("supervisorOrgId", "请选择督办单位(负责督办的司法行政部门)"));
        } else if (orgUnits.find(supervisor).filter(OrgUnit::active).isEmpty()) {
            errors.add(new BusinessException.FieldError("supervisorOrgId", "督办单位不存在或已停用"));
        }
        Set<Integer> numbers = new LinkedHashSet<>();
        for (ParsedTask t : parsed.tasks()) {
            if (!numbers.add(t.number())) {
                errors.add(new BusinessException.FieldError("tasks", "任务编号(" + t.number() + ")重复,请修改文档后重新导入"));
            }
            if (t.text() == null || t.text().isBlank()) {
                errors.add(new BusinessException.FieldError("tasks", "任务(" + t.number() + ")没有内容"));
            } else if (t.text().length() > 8000) {
                errors.add(new BusinessException.FieldError("tasks", "任务(" + t.number() + ")超过8000字"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException("VALIDATION", errors.get(0).message(), 400, errors);
        }
        return new Validated(title, doc, start, end, cycle, supervisor);
    }

    private long createUnit(String name, long parentOrgId, FazhiPrincipal actor) {
        String clean = name.strip();
        String base = "P" + sha256Hex(clean).substring(0, 12).toUpperCase(java.util.Locale.ROOT);
        String code = base;
        for (int i = 2; orgUnits.findByCode(code).isPresent(); i++) {
            code = base + "-" + i;
        }
        OrgUnit u = orgUnits.create(new OrgForm(code, clean, null, OrgKind.DEPARTMENT.name(), parentOrgId, 900, true,
                null), actor);
        return u.id();
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- sections and tasks --------------------------------------------------------------------------------------

    private record Sections(List<PlanSection> list, Map<String, Integer> areas, Map<String, Integer> subAreas) {
    }

    private static Sections sections(ParsedPlan parsed) {
        List<PlanSection> list = new ArrayList<>();
        Map<String, Integer> areas = new LinkedHashMap<>();
        Map<String, Integer> subAreas = new LinkedHashMap<>();
        Map<Integer, Integer> subCount = new HashMap<>();
        for (ParsedTask t : parsed.tasks()) {
            Integer area = null;
            if (t.area() != null && !t.area().isBlank()) {
                area = areas.get(t.area().strip());
                if (area == null) {
                    area = list.size() + 1;
                    list.add(new PlanSection(area, 1, Numbering.area(areas.size() + 1), clip(t.area().strip(), 500), null));
                    areas.put(t.area().strip(), area);
                }
            }
            if (t.subArea() != null && !t.subArea().isBlank()) {
                String key = (area == null ? "" : area) + "\u001f" + t.subArea().strip();
                if (!subAreas.containsKey(key)) {
                    int no = list.size() + 1;
                    int n = subCount.merge(area == null ? 0 : area, 1, Integer::sum);
                    list.add(new PlanSection(no, 2, Numbering.subArea(n), clip(t.subArea().strip(), 500), area));
                    subAreas.put(key, no);
                }
            }
        }
        return new Sections(list, areas, subAreas);
    }

    private static List<PlanStore.NewTask> tasks(ParsedPlan parsed, Sections sections, Map<String, Long> orgByName,
            long supervisor) {
        Set<Integer> collective = collectiveLeadTasks(parsed);
        // every lead unit and every responsible unit of the plan, in order of first mention
        Set<Long> allLeads = new LinkedHashSet<>();
        Set<Long> allResponsible = new LinkedHashSet<>();
        for (ParsedTask t : parsed.tasks()) {
            if (!collective.contains(t.number())) {
                t.leadUnits().forEach(n -> Optional.ofNullable(orgByName.get(norm(n))).ifPresent(allLeads::add));
            }
            t.responsibleUnits().stream().filter(n -> !collectiveResponsible(n))
                    .forEach(n -> Optional.ofNullable(orgByName.get(norm(n))).ifPresent(allResponsible::add));
        }
        List<PlanStore.NewTask> out = new ArrayList<>();
        for (ParsedTask t : parsed.tasks()) {
            long lead;
            Map<Long, UnitRole> others = new LinkedHashMap<>();
            if (collective.contains(t.number())) {
                lead = supervisor;
                allLeads.forEach(o -> others.putIfAbsent(o, UnitRole.RESPONSIBLE));
            } else {
                List<Long> leads = t.leadUnits().stream().map(n -> orgByName.get(norm(n)))
                        .filter(java.util.Objects::nonNull).distinct().toList();
                // no lead unit written: the supervising office answers until a manager names one (the preview warns)
                lead = leads.isEmpty() ? supervisor : leads.get(0);
                leads.stream().skip(1).forEach(o -> others.putIfAbsent(o, UnitRole.CO_LEAD));
            }
            for (String n : t.responsibleUnits()) {
                if (collectiveResponsible(n)) {
                    (allResponsible.isEmpty() ? allLeads : allResponsible)
                            .forEach(o -> others.putIfAbsent(o, UnitRole.RESPONSIBLE));
                } else {
                    Optional.ofNullable(orgByName.get(norm(n))).ifPresent(o -> others.putIfAbsent(o, UnitRole.RESPONSIBLE));
                }
            }
            others.remove(lead);
            Integer area = t.area() == null || t.area().isBlank() ? null : sections.areas().get(t.area().strip());
            Integer sub = t.subArea() == null || t.subArea().isBlank() ? null
                    : sections.subAreas().get((area == null ? "" : area) + "\u001f" + t.subArea().strip());
            DeadlineKind kind = t.deadlineKind() == null ? (t.deadline() != null ? DeadlineKind.DATE : DeadlineKind.NONE)
                    : DeadlineKind.valueOf(t.deadlineKind().name());
            LocalDate deadline = kind == DeadlineKind.DATE ? t.deadline() : null;
            if (kind == DeadlineKind.DATE && deadline == null) {
                kind = DeadlineKind.NONE;
            }
            String leadText = String.join("、", t.leadUnits());
            if (!t.responsibleUnits().isEmpty()) {
                leadText = (leadText.isEmpty() ? "" : leadText + ";") + "责任单位:" + String.join("、", t.responsibleUnits());
            }
            out.add(new PlanStore.NewTask(UUID.randomUUID(), t.number(), area, sub, t.text().strip(), lead,
                    leadText.isEmpty() ? null : clip(leadText, 500), deadline, kind, clip(t.deadlineText(), 100),
                    TaskStatus.NOT_STARTED, null, null,
                    others.entrySet().stream().map(e -> new PlanStore.UnitLink(e.getKey(), e.getValue())).toList()));
        }
        return out;
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
