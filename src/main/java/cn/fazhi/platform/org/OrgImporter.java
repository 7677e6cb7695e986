package cn.fazhi.platform.org;

import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel import of organisations. Every row is validated first; any error rejects the whole file (nothing written).
 * A parent may be an existing unit or a row of the same file (also one further down). Rows whose code exists with
 * identical content are unchanged, so re-importing a file changes nothing (design.md: imports are idempotent).
 */
@Service
public class OrgImporter {

    static final String NAME = "单位名称";
    static final String PARENT = "上级单位";
    static final String KIND = "单位类型";
    static final String SHORT = "简称";
    static final String CODE = "编码";
    static final String ORDER = "排序";
    static final List<String> HEADERS = List.of(NAME, PARENT, KIND, SHORT, CODE, ORDER);
    static final List<String> REQUIRED = List.of(NAME, KIND, CODE);

    private final OrgUnits orgUnits;

    public OrgImporter(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    public byte[] template() {
        return Sheets.template("组织机构", HEADERS, REQUIRED, List.of(), List.of(
                "组织机构导入说明(带*的列必填;第一行为表头,请勿修改)",
                "单位名称:全称,如“示范市财政局”。",
                "上级单位:填写上级单位的编码或全称;可以是系统中已有的单位,也可以是本文件中(包括下方行)的单位;留空表示顶级单位(仅全部数据范围的管理员)。",
                "单位类型:人民政府、政府部门、乡镇(街道)、内设机构、协作机关、社会公众(或 GOVERNMENT、DEPARTMENT、TOWN、OFFICE、PARTNER_ORGAN、PUBLIC)。",
                "编码:唯一,字母、数字、点、横线、下划线。编码已存在且内容一致的行视为“未变化”;内容不一致的行报错(请在页面上修改)。",
                "排序:整数,同级单位按排序号、再按名称排列。",
                "任何一行有错误时整个文件都不会导入。"));
    }

    private record Line(int row, String name, String parentRef, OrgKind kind, String shortName, String code, int order) {
    }

    @Transactional
    public ImportResult importFile(InputStream in, FazhiPrincipal actor) {
        Access.require(actor, Permissions.ORG_MANAGE);
        Sheets.Parsed parsed = Sheets.read(in, HEADERS, REQUIRED);
        List<ImportRejected.RowError> errors = new ArrayList<>(parsed.errors());
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        List<OrgUnit> existing = orgUnits.tree().stream().map(OrgNode::unit).toList();
        Map<String, OrgUnit> dbByCode = new HashMap<>();
        Map<String, List<OrgUnit>> dbByName = new HashMap<>();
        for (OrgUnit u : existing) {
            dbByCode.put(u.code(), u);
            dbByName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
        }

        // 1. Each row by itself.
        List<Line> lines = new ArrayList<>();
        Map<String, Line> fileByCode = new LinkedHashMap<>();
        Map<String, List<Line>> fileByName = new HashMap<>();
        for (Sheets.SheetRow r : parsed.rows()) {
            int n = r.number();
            String name = Sheets.text(r.cell(NAME));
            String code = Sheets.text(r.cell(CODE));
            String kindText = Sheets.text(r.cell(KIND));
            String orderText = Sheets.text(r.cell(ORDER));
            if (name == null) {
                errors.add(new ImportRejected.RowError(n, NAME, "单位名称不能为空"));
            } else if (name.length() > 200) {
                errors.add(new ImportRejected.RowError(n, NAME, "单位名称不能超过200个字符"));
            }
            if (code == null) {
                errors.add(new ImportRejected.RowError(n, CODE, "编码不能为空"));
            } else if (!OrgUnits.CODE.matcher(code).matches()) {
                errors.add(new ImportRejected.RowError(n, CODE, "编码“" + code + "”只能由字母、数字、点、横线、下划线组成"));
            } else if (fileByCode.containsKey(code)) {
                errors.add(new ImportRejected.RowError(n, CODE, "编码“" + code + "”与第" + fileByCode.get(code).row() + "行重复"));
            }
            OrgKind kind = OrgKind.parse(kindText).orElse(null);
            if (kind == null) {
                errors.add(new ImportRejected.RowError(n, KIND, kindText == null ? "单位类型不能为空"
                        : "未知的单位类型“" + kindText + "”(可填:人民政府、政府部门、乡镇(街道)、内设机构、协作机关、社会公众)"));
            }
            int order = 0;
            if (orderText != null) {
                try {
                    order = Integer.parseInt(orderText);
                } catch (NumberFormatException e) {
                    errors.add(new ImportRejected.RowError(n, ORDER, "排序须为整数,不能是“" + orderText + "”"));
                    }
            }
            String shortName = Sheets.text(r.cell(SHORT));
            if (shortName != null && shortName.length() > 100) {
                errors.add(new ImportRejected.RowError(n, SHORT, "简称不能超过100个字符"));
            }
            Line line = new Line(n, name, Sheets.text(r.cell(PARENT)), kind, shortName, code, order);
            if (code != null && !fileByCode.containsKey(code)) {
                fileByCode.put(code, line);
            }
            if (name != null) {
                fileByName.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
            }
            // Rows with field errors still get their parent checked, so that every error is reported at once.
            lines.add(line);
        }

        // 2. Parents: a row of the file (by code, then unique name) or an existing unit (by code, then unique name).
        Map<Line, Object> parentOf = new HashMap<>(); // Line, OrgUnit, or absent for a root
        for (Line l : lines) {
            if (l.parentRef() == null) {
                if (!actor.scope().all() && !dbByCode.containsKey(l.code())) {
                    errors.add(new ImportRejected.RowError(l.row(), PARENT, "请填写上级单位(只有数据范围为“全部”的管理员可以新建顶级单位)"));
                }
                continue;
            }
            String ref = l.parentRef();
            Object parent = fileByCode.get(ref);
            if (parent == null) {
                parent = dbByCode.get(ref);
            }
            if (parent == null) {
                List<Line> named = fileByName.getOrDefault(ref, List.of());
                // A unit of the file that already exists (same code) is one unit, not two.
                List<OrgUnit> dbNamed = dbByName.getOrDefault(ref, List.of()).stream()
                        .filter(u -> !fileByCode.containsKey(u.code())).toList();
                if (named.size() + dbNamed.size() > 1) {
                    errors.add(new ImportRejected.RowError(l.row(), PARENT, "名称为“" + ref + "”的单位不止一个,请改填上级单位的编码"));
                    continue;
                }
                parent = !named.isEmpty() ? named.get(0) : (!dbNamed.isEmpty() ? dbNamed.get(0) : null);
            }
            if (parent == null) {
                errors.add(new ImportRejected.RowError(l.row(), PARENT, "上级单位“" + ref + "”不存在(既不在系统中,也不在本文件中)"));
                continue;
            }
            if (parent instanceof OrgUnit u && !actor.scope().coversOrg(u.id(), u.path())) {
                errors.add(new ImportRejected.RowError(l.row(), PARENT, "上级单位“" + ref + "”不存在或无权访问"));
                continue;
            }
            if (parent instanceof OrgUnit u && !u.active()) {
                errors.add(new ImportRejected.RowError(l.row(), PARENT, "上级单位“" + ref + "”已停用"));
                continue;
            }
            if (parent == l) {
                errors.add(new ImportRejected.RowError(l.row(), PARENT, "上级单位不能是本单位"));
                continue;
            }
            parentOf.put(l, parent);
        }
        // Cycles within the file (A under B, B under A).
        for (Line l : lines) {
            Set<Line> seen = new HashSet<>();
            Object p = parentOf.get(l);
            while (p instanceof Line pl) {
                if (!seen.add(pl) || pl == l) {
                    errors.add(new ImportRejected.RowError(l.row(), PARENT, "上级单位关系形成循环"));
                    break;
                }
                p = parentOf.get(pl);
            }
        }

        // 3. Rows whose code exists: identical → unchanged; different → error.
        Set<Line> unchanged = new HashSet<>();
        for (Line l : lines) {
            OrgUnit db = dbByCode.get(l.code());
            if (db == null) {
                continue;
            }
            Object p = parentOf.get(l);
            Long parentId = p instanceof OrgUnit u ? u.id()
                    : p instanceof Line pl && dbByCode.containsKey(pl.code()) ? dbByCode.get(pl.code()).id() : null;
            boolean parentSame = p == null ? db.parentId() == null : Objects.equals(parentId, db.parentId());
            if (db.name().equals(l.name()) && db.kind() == l.kind() && Objects.equals(db.shortName(), l.shortName())
                    && db.sortOrder() == l.order() && parentSame) {
                unchanged.add(l);
            } else {
                errors.add(new ImportRejected.RowError(l.row(), CODE, "编码“" + l.code() + "”已被单位“" + db.name()
                        + "”使用,且内容与本行不一致(修改已有单位请在组织机构页面操作)"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportRejected.RowError::row));
            throw new ImportRejected(errors);
        }

        // 4. Write, parents before children.
        Map<Line, OrgUnit> written = new HashMap<>();
        int created = 0;
        for (Line l : lines) {
            if (unchanged.contains(l)) {
                written.put(l, dbByCode.get(l.code()));
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Line l : lines) {
                if (written.containsKey(l)) {
                    continue;
                }
                Object p = parentOf.get(l);
                OrgUnit parentUnit = p instanceof OrgUnit u ? u : p instanceof Line pl ? written.get(pl) : null;
                if (p instanceof Line && parentUnit == null) {
                    continue;
                }
                written.put(l, orgUnits.insert(l.code(), l.name(), l.shortName(), l.kind(), parentUnit, l.order()));
                created++;
                progress = true;
            }
        }
        return new ImportResult(created, unchanged.size());
    }
}
