package cn.fazhi.platform.org;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.PasswordPolicy;
import cn.fazhi.platform.security.ScopeKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a production installation (which has no default password): the root unit if
 * there is none, the ADMIN role with every permission if missing, and the user, who must change the password at
 * first login. Run through {@link FirstAdministratorRunner}.
 */
@Service
public class FirstAdministrator {

    public static final String DEFAULT_ORG_NAME = "本级人民政府";

    private final OrgUnits orgUnits;
    private final Roles roles;
    private final Users users;
    private final PermissionCatalog catalog;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;

    public FirstAdministrator(OrgUnits orgUnits, Roles roles, Users users, PermissionCatalog catalog,
            PasswordPolicy passwordPolicy, PasswordEncoder encoder) {
        this.orgUnits = orgUnits;
        this.roles = roles;
        this.users = users;
        this.catalog = catalog;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
    }

    /** What was created, for the confirmation message. */
    public record Result(UserView user, OrgUnit root, boolean rootCreated, boolean roleCreated) {
        public String message() {
            return "已创建管理员“" + user.username() + "”(所属单位:" + root.name() + (rootCreated ? ",新建" : "")
                    + ";角色:系统管理员" + (roleCreated ? ",新建" : "") + ")。首次登录时须修改密码。";
        }
    }

    @Transactional
    public Result create(String username, String password, String orgName) {
        if (username == null || !Users.USERNAME.matcher(username.strip()).matches()) {
            throw BusinessException.invalid("username", "用户名只能由字母、数字、点、横线、下划线组成(2-64位)");
        }
        String name = username.strip();
        if (password == null || password.isEmpty()) {
            throw BusinessException.invalid("password", "请通过环境变量 FAZHI_ADMIN_PASSWORD 提供初始密码");
        }
        passwordPolicy.check(name, password);
        if (users.findByUsername(name).isPresent()) {
            throw new BusinessException("USER_EXISTS", "用户名“" + name + "”已存在,未做任何修改", 409);
        }
        List<OrgNode> tree = orgUnits.tree();
        OrgUnit root = tree.stream().map(OrgNode::unit)
                .filter(u -> u.parentId() == null && u.kind() == OrgKind.GOVERNMENT).findFirst().orElse(null);
        boolean rootCreated = false;
        if (root == null) {
            String rootName = orgName == null || orgName.isBlank() ? DEFAULT_ORG_NAME : orgName.strip();
            String code = orgUnits.findByCode("ROOT").isEmpty() ? "ROOT" : "ROOT-" + System.currentTimeMillis();
            root = orgUnits.insert(code, rootName, null, OrgKind.GOVERNMENT, null, 0);
            rootCreated = true;
        }
        Set<String> all = new LinkedHashSet<>(catalog.all().stream().map(Permission::code).toList());
        Role admin = roles.findByCode("ADMIN").orElse(null);
        boolean roleCreated = false;
        if (admin == null) {
            admin = roles.insert("ADMIN", "系统管理员", ScopeKind.ALL, "全部权限,全部数据", true, all, List.of());
            roleCreated = true;
        }
        UserView user = users.createInternal(name, "系统管理员", root.id(), null, null, encoder.encode(password), true,
                List.of(admin.id()));
        return new Result(user, root, rootCreated, roleCreated);
    }
}
