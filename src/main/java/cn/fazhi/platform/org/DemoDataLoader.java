package cn.fazhi.platform.org;

import cn.fazhi.platform.security.ScopeKind;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo city (demo profile only, {@code fazhi.demo.enabled=true}): a city government with the departments that
 * the seed implementation plan names as lead units (牵头单位), four towns/subdistricts with their offices, the court
 * and the procuratorate as separate roots (they are not part of the government: 宪法 第128、134条), the public, one
 * role per scope level and a user for each. Idempotent: skipped when {@code admin} exists. One transaction.
 * Demo password only; production has no default password (see {@link FirstAdministrator}).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "fazhi.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    public static final String DEMO_PASSWORD = "Fazhi@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrgUnits orgUnits;
    private final Roles roles;
    private final Users users;
    private final PermissionCatalog catalog;
    private final PasswordEncoder encoder;

    public DemoDataLoader(OrgUnits orgUnits, Roles roles, Users users, PermissionCatalog catalog, PasswordEncoder encoder) {
        this.orgUnits = orgUnits;
        this.roles = roles;
        this.users = users;
        this.catalog = catalog;
        this.encoder = encoder;
    }

    /** Departments: code, name, short name (the name the seed documents use when it differs). */
    static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"ZFBGS", "市政府办公室", null},
            new String[] {"BB", "市编办", null},
            // 2018 机构改革: 市政府法制办 merged into 市司法局; seeds still name 市政府法制办 as lead unit, so it is the short name.
            new String[] {"SFJ", "市司法局", "市政府法制办"},
            new String[] {"XZSPJ", "市行政审批局", null},
            new String[] {"FGW", "市发改委", null},
            new String[] {"CZJ", "市财政局", null},
            new String[] {"RSJ", "市人社局", null},
            new String[] {"GAJ", "市公安局", null},
            new String[] {"MZJ", "市民政局", null},
            new String[] {"SJJ", "市审计局", null},
            new String[] {"XFJ", "市信访局", null},
            new String[] {"SCJGJ", "市市场监管局", "市工商局"},
            new String[] {"HBJ", "市环保局", null},
            new String[] {"JYJ", "市教育局", null},
            new String[] {"CGJ", "市城管局", null},
            new String[] {"SWJ", "市商务局", null},
            new String[] {"WJJ", "市物价局", null},
            new String[] {"AJJ", "市安监局", null},
            new String[] {"SYJJ", "市食药监局", null},
            new String[] {"DZZWB", "市电子政务办", null},
            new String[] {"YJB", "市政府应急办", null},
            new String[] {"GWYJ", "市公务员局", null});

    static final List<String[]> TOWNS = List.of(
            new String[] {"DCJD", "东城街道办事处", "东城街道"},
            new String[] {"XCJD", "西城街道办事处", "西城街道"},
            new String[] {"NSZ", "南山镇人民政府", "南山镇"},
            new String[] {"BHX", "北湖乡人民政府", "北湖乡"});

    /** Role code, name, scope, description; permissions below. */
    record DemoRole(String code, String name, ScopeKind scope, String description, Set<String> permissions) {
    }

    static List<DemoRole> demoRoles(Set<String> allPermissions) {
        Set<String> files = Set.of("files:read", "files:upload");
        // plan module: lead and responsible units report; the legal-affairs office manages, reviews and supervises.
        Set<String> planUnit = Set.of("plan:read", "plan:report");
        Set<String> planOffice = Set.of("plan:read", "plan:manage", "plan:review", "plan:supervise", "plan:publish", "metrics:read");
        // reporting: the office composes, reviews and publishes; units declare outside figures; leaders approve.
        Set<String> reportOffice = Set.of("report:read", "report:compose", "report:review", "report:publish", "report:declare",
                "report:extract");
        // disputes: the justice bureau is the reconsideration organ's office; departments respond and defend.
        Set<String> disputesOffice = Set.of("reconsideration:read", "reconsideration:handle", "litigation:read",
                "litigation:handle", "mediation:handle", "petition:handle", "disputes:read");
        Set<String> disputesUnit = Set.of("reconsideration:read", "reconsideration:respond", "litigation:read",
                "litigation:handle", "mediation:handle", "petition:handle", "report:declare", "report:read");
        return List.of(
                new DemoRole("ADMIN", "系统管理员", ScopeKind.ALL, "全部权限,全部数据", allPermissions),
                new DemoRole("LEGAL_OFFICE", "司法局法治督察/审核人员", ScopeKind.SUBTREE, "市人民政府及其下级全部单位",
                        union(union(union(files, planOffice), union(reportOffice, disputesOffice)),
                                Set.of("audit:read", "calendar:manage", Permissions.USER_READ))),
                new DemoRole("DEPT_STAFF", "部门经办人", ScopeKind.OWN_ORG, "本部门",
                        union(union(union(files, planUnit), disputesUnit), Set.of(Permissions.USER_READ))),
                new DemoRole("TOWN_STAFF", "乡镇经办人", ScopeKind.OWN_ORG, "本乡镇(街道)",
                        union(union(union(files, planUnit), disputesUnit), Set.of(Permissions.USER_READ))),
                new DemoRole("DEPT_ADMIN", "部门管理员", ScopeKind.SUBTREE, "管理本部门及下级的用户",
                        union(files, Set.of(Permissions.USER_READ, Permissions.USER_MANAGE))),
                new DemoRole("LEADER", "领导", ScopeKind.SUBTREE, "本级及下级,只读", Set.of(Permissions.USER_READ, "files:read", "plan:read", "metrics:read",
                        "report:read", "report:approve", "disputes:read", "reconsideration:read", "litigation:read")),
                new DemoRole("LEGAL_ADVISOR", "法律顾问", ScopeKind.SELF, "仅本人经办的事项", union(files, Set.of(Permissions.USER_READ))),
                new DemoRole("PARTNER", "协作机关", ScopeKind.OWN_ORG, "本机关", Set.of("files:read", Permissions.USER_READ, "litigation:read")),
                new DemoRole("INSPECTOR", "督察专员", ScopeKind.CUSTOM, "自定义:东城街道、南山镇", Set.of("files:read", Permissions.USER_READ, "plan:read")),
                new DemoRole("AUDITOR", "安全审计员", ScopeKind.ALL, "审计日志查看与校验", Set.of("audit:read", "audit:verify")));
    }

    /** Username, name, unit code, role code. */
    static final List<String[]> USERS = List.of(
            new String[] {"admin", "系统管理员", "CITY", "ADMIN"},
            new String[] {"sfj", "司法局督察员", "SFJ", "LEGAL_OFFICE"},
            new String[] {"czj", "财政局经办人", "CZJ", "DEPT_STAFF"},
            new String[] {"gaj", "公安局经办人", "GAJ", "DEPT_STAFF"},
            new String[] {"dcjd", "东城街道经办人", "DCJD", "TOWN_STAFF"},
            new String[] {"xcjd", "西城街道经办人", "XCJD", "TOWN_STAFF"},
            new String[] {"deptadmin", "财政局管理员", "CZJ", "DEPT_ADMIN"},
            new String[] {"leader", "市政府领导", "CITY", "LEADER"},
            new String[] {"advisor", "法律顾问", "SFJ", "LEGAL_ADVISOR"},
            new String[] {"court", "法院联络员", "FY", "PARTNER"},
            new String[] {"inspector", "督察专员", "SFJ", "INSPECTOR"},
            new String[] {"auditor", "安全审计员", "ZFBGS", "AUDITOR"},
            // 政务公开、政务服务和12345热线归口市政府办公室: it declares those figures of the annual report
            new String[] {"zfb", "政府办经办人", "ZFBGS", "DEPT_STAFF"});

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.findByUsername("admin").isPresent()) {
            log.info("Demo data present (user admin exists): not loaded again");
            return;
        }
        Map<String, OrgUnit> units = new HashMap<>();
        OrgUnit city = orgUnits.insert("CITY", "示范市人民政府", "市政府", OrgKind.GOVERNMENT, null, 10);
        units.put("CITY", city);
        int order = 10;
        for (String[] d : DEPARTMENTS) {
            units.put(d[0], orgUnits.insert(d[0], d[1], d[2], OrgKind.DEPARTMENT, city, order += 10));
        }
        for (String[] t : TOWNS) {
            OrgUnit town = orgUnits.insert(t[0], t[1], t[2], OrgKind.TOWN, city, order += 10);
            units.put(t[0], town);
            units.put(t[0] + "-DZB", orgUnits.insert(t[0] + "-DZB", "党政办公室", t[2] + "党政办", OrgKind.OFFICE, town, 10));
        }
        units.put("FY", orgUnits.insert("FY", "示范市人民法院", "市人民法院", OrgKind.PARTNER_ORGAN, null, 20));
        units.put("JCY", orgUnits.insert("JCY", "示范市人民检察院", "市人民检察院", OrgKind.PARTNER_ORGAN, null, 30));
        units.put("GZ", orgUnits.insert("GZ", "社会公众", null, OrgKind.PUBLIC, null, 90));

        Set<String> all = new LinkedHashSet<>(catalog.all().stream().map(Permission::code).toList());
        Map<String, Role> byCode = new HashMap<>();
        for (DemoRole r : demoRoles(all)) {
            List<Long> orgs = switch (r.code()) {
                case "LEGAL_OFFICE" -> List.of(city.id());
                case "INSPECTOR" -> List.of(units.get("DCJD").id(), units.get("NSZ").id());
                default -> List.of();
            };
            byCode.put(r.code(), roles.insert(r.code(), r.name(), r.scope(), r.description(), true, r.permissions(), orgs));
        }
        String hash = encoder.encode(DEMO_PASSWORD);
        for (String[] u : USERS) {
            users.createInternal(u[0], u[1], units.get(u[2]).id(), null, null, hash, false, List.of(byCode.get(u[3]).id()));
        }
        log.info("Demo city loaded: {} units, {} roles, {} users (password {} — demo only)", units.size(), byCode.size(),
                USERS.size(), DEMO_PASSWORD);
    }
}
