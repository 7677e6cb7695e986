package cn.fazhi.platform.org;

import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.security.PasswordPolicy;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel import of users. Every row is validated first (required fields, unit within the importer's scope, roles
 * that exist and that the importer may assign, password policy, duplicates in the file and in the database); any
 * error rejects the whole file. Existing usernames with identical content are unchanged (idempotent re-import);
 * new users must change their initial password at first login.
 */
@Service
public class UserImporter {

    static final String USERNAME = "用户名";
    static final String NAME = "姓名";
    static final String ORG = "所属单位";
    static final String ROLES = "角色";
    static final String PHONE = "手机";
    static final String PASSWORD = "初始密码";
    static final List<String> HEADERS = List.of(USERNAME, NAME, ORG, ROLES, PHONE, PASSWORD);
    static final List<String> REQUIRED = List.of(USERNAME, NAME, ORG, PASSWORD);

    private final OrgUnits orgUnits;
    private final Roles roles;
    private final Users users;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;

    public UserImporter(OrgUnits orgUnits, Roles roles, Users users, PasswordPolicy passwordPolicy, PasswordEncoder encoder) {
        this.orgUnits = orgUnits;
        this.roles = roles;
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
    }

    public byte[] template() {
        return Sheets.template("用户", HEADERS, REQUIRED, List.of(), List.of(
                "用户导入说明(带*的列必填;第一行为表头,请勿修改)",
                "用户名:登录名,唯一,字母、数字、点、横线、下划线,2-64位。",
                "所属单位:单位编码或全称,须在您的数据范围内。",
                "角色:角色编码或名称,多个用顿号或逗号分隔,如“部门经办人、领导”;只能分配您本人权限范围内的角色。",
                "手机:可选。请将该列设为文本格式。",
                "初始密码:至少8位,包含大写字母、小写字母、数字、特殊字符中的至少三类,不得包含用户名;用户首次登录须修改。",
                "用户名已存在且内容一致的行视为“未变化”(不会修改密码);内容不一致的行报错。",
                "任何一行有错误时整个文件都不会导入。"));
    }

    private record Line(int row, String username, String displayName, OrgUnit unit, List<Role> roles, String phone,
            String password) {
    }

    @Transactional
    public ImportResult importFile(InputStream in, FazhiPrincipal actor) {
        Access.require(actor, Permissions.USER_MANAGE);
        Sheets.Parsed parsed = Sheets.read(in, HEADERS, REQUIRED);
        List<ImportRejected.RowError> errors = new ArrayList<>(parsed.errors());
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        List<OrgUnit> units = orgUnits.tree().stream().map(OrgNode::unit).toList();
        Map<String, OrgUnit> unitByCode = new HashMap<>();
        Map<String, List<OrgUnit>> unitByName = new HashMap<>();
        for (OrgUnit u : units) {
            unitByCode.put(u.code(), u);
            unitByName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
        }
        List<Role> allRoles = roles.all();
        Map<String, Role> roleByKey = new HashMap<>();
        allRoles.forEach(r -> roleByKey.put(r.name(), r));
        allRoles.forEach(r -> roleByKey.put(r.code(), r));

        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<Line> unchanged = new HashSet<>();
        for (Sheets.SheetRow r : parsed.rows()) {
            int n = r.number();
            int before = errors.size();
            String username = Sheets.text(r.cell(USERNAME));
            String name = Sheets.text(r.cell(NAME));
            String orgRef = Sheets.text(r.cell(ORG));
            String roleText = Sheets.text(r.cell(ROLES));
            String phone = Sheets.text(r.cell(PHONE));
            String password = Sheets.text(r.cell(PASSWORD));
            if (username == null) {
                errors.add(new ImportRejected.RowError(n, USERNAME, "用户名不能为空"));
            } else if (!Users.USERNAME.matcher(username).matches()) {
                errors.add(new ImportRejected.RowError(n, USERNAME, "用户名“" + username + "”只能由字母、数字、点、横线、下划线组成(2-64位)"));
            } else if (seen.containsKey(username)) {
                errors.add(new ImportRejected.RowError(n, USERNAME, "用户名“" + username + "”与第" + seen.get(username) + "行重复"));
            } else {
                seen.put(username, n);
            }
            if (name == null) {
                errors.add(new ImportRejected.RowError(n, NAME, "姓名不能为空"));
            } else if (name.length() > 100) {
                errors.add(new ImportRejected.RowError(n, NAME, "姓名不能超过100个字符"));
            }
            OrgUnit unit = null;
            if (orgRef == null) {
                errors.add(new ImportRejected.RowError(n, ORG, "所属单位不能为空"));
            } else {
                unit = unitByCode.get(orgRef);
                boolean ambiguous = false;
                if (unit == null) {
                    List<OrgUnit> named = unitByName.getOrDefault(orgRef, List.of());
                    if (named.size() > 1) {
                        ambiguous = true;
                        errors.add(new ImportRejected.RowError(n, ORG, "名称为“" + orgRef + "”的单位不止一个,请改填单位编码"));
                    } else if (named.size() == 1) {
                        unit = named.get(0);
                    }
                }
                if (unit == null && !ambiguous) {
                    errors.add(new ImportRejected.RowError(n, ORG, "所属单位“" + orgRef + "”不存在或无权访问"));
                } else if (unit != null && !actor.scope().coversOrg(unit.id(), unit.path())) {
                    errors.add(new ImportRejected.RowError(n, ORG, "所属单位“" + orgRef + "”不存在或无权访问"));
                    unit = null;
                } else if (unit != null && !unit.active()) {
                    errors.add(new ImportRejected.RowError(n, ORG, "所属单位“" + orgRef + "”已停用"));
                }
            }
            List<Role> lineRoles = new ArrayList<>();
            if (roleText != null) {
                for (String key : new LinkedHashSet<>(Arrays.asList(roleText.split("[、,，;；\\s]+")))) {
                    if (key.isBlank()) {
                        continue;
                    }
                    Role role = roleByKey.get(key.strip());
                    if (role == null) {
                        errors.add(new ImportRejected.RowError(n, ROLES, "角色“" + key + "”不存在"));
                    } else if (!Users.assignable(role, actor)) {
                        errors.add(new ImportRejected.RowError(n, ROLES, "无权分配角色“" + role.name() + "”(其权限或数据范围超出您本人)"));
                    } else if (!lineRoles.contains(role)) {
                        lineRoles.add(role);
                    }
                }
            }
            if (phone != null && !Users.PHONE.matcher(phone).matches()) {
                errors.add(new ImportRejected.RowError(n, PHONE, "手机号码“" + phone + "”格式不正确"));
            }
            var existing = username == null ? null : users.findByUsername(username).orElse(null);
            Line line = new Line(n, username, name, unit, lineRoles, phone, password);
            if (existing != null) {
                Set<Long> wantRoles = new HashSet<>(lineRoles.stream().map(Role::id).toList());
                boolean same = Objects.equals(existing.displayName(), name) && unit != null && existing.orgId() == unit.id()
                        && new HashSet<>(existing.roleIds()).equals(wantRoles) && Objects.equals(existing.phone(), phone);
                if (same) {
                    unchanged.add(line);
                } else if (errors.size() == before) {
                    errors.add(new ImportRejected.RowError(n, USERNAME, "用户名“" + username
                            + "”已存在,且内容与本行不一致(修改已有用户请在用户管理页面操作)"));
                }
            } else if (password == null) {
                errors.add(new ImportRejected.RowError(n, PASSWORD, "初始密码不能为空"));
            } else {
                for (String reason : passwordPolicy.violations(username, password)) {
                    errors.add(new ImportRejected.RowError(n, PASSWORD, reason));
                }
            }
            if (errors.size() == before) {
                lines.add(line);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        int created = 0;
        for (Line l : lines) {
            if (unchanged.contains(l)) {
                continue;
            }
            users.createInternal(l.username(), l.displayName(), l.unit().id(), l.phone(), null, encoder.encode(l.password()),
                    true, l.roles().stream().map(Role::id).toList());
            created++;
        }
        return new ImportResult(created, unchanged.size());
    }
}
