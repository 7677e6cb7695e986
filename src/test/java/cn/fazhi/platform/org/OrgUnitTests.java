package cn.fazhi.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.ScopeKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrgUnitTests {

    private static OrgUnit unit(long id, Long parent, String path, String name, int order) {
        return new OrgUnit(id, parent, path, "C" + id, name, null, OrgKind.DEPARTMENT, order, true, 0);
    }

    @Test
    void childPathAppendsTheIdToTheParentPath() {
        assertThat(OrgUnit.childPath(null, 1)).isEqualTo("/1/");
        assertThat(OrgUnit.childPath("/1/4/", 12)).isEqualTo("/1/4/12/");
    }

    @Test
    void rebaseMovesADescendantPathToTheNewPrefix() {
        assertThat(OrgUnit.rebase("/1/4/12/30/", "/1/4/12/", "/2/12/")).isEqualTo("/2/12/30/");
    }

    @Test
    void aUnitCannotMoveUnderItselfOrItsDescendant() {
        OrgUnit a = unit(4, 1L, "/1/4/", "甲", 0);
        OrgUnit child = unit(12, 4L, "/1/4/12/", "乙", 0);
        OrgUnit sibling = unit(40, 1L, "/1/40/", "丙", 0);
        assertThatThrownBy(() -> a.checkMoveUnder(child)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("不能将单位移动到其自身或其下级单位之下");
        assertThatThrownBy(() -> a.checkMoveUnder(a)).isInstanceOf(BusinessException.class);
        a.checkMoveUnder(sibling); // /1/40/ does not start with /1/4/
    }

    @Test
    void treeOrderPutsParentsFirstAndSiblingsBySortOrderThenName() {
        List<OrgNode> nodes = OrgUnits.treeOrder(List.of(
                unit(3, 1L, "/1/3/", "B局", 20), unit(1, null, "/1/", "市政府", 0), unit(2, 1L, "/1/2/", "A局", 20),
                unit(4, 1L, "/1/4/", "办公室", 10), unit(5, 2L, "/1/2/5/", "科室", 0)));
        assertThat(nodes.stream().map(n -> n.unit().name() + n.depth()).toList())
                .containsExactly("市政府0", "办公室1", "A局1", "科室2", "B局1");
    }

    @Test
    void scopeIsTheUnionOfTheRolesScopes() {
        var nsz = new JdbcAccountDirectory.OrgRef(30, "/1/30/");
        var anchor = new JdbcAccountDirectory.OrgRef(1, "/1/");
        DataScope s = JdbcAccountDirectory.resolve(7, 9, "/1/9/", List.of(
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.OWN_ORG, List.of()),
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.CUSTOM, List.of(nsz)),
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.SELF, List.of()),
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.SUBTREE, List.of())));
        assertThat(s.all()).isFalse();
        assertThat(s.orgIds()).containsExactlyInAnyOrder(9L, 30L);
        assertThat(s.subtreePaths()).containsExactly("/1/9/");
        assertThat(s.selfUserId()).isEqualTo(7L);

        DataScope anchored = JdbcAccountDirectory.resolve(7, 9, "/1/9/", List.of(
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.SUBTREE, List.of()),
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.SUBTREE, List.of(anchor))));
        assertThat(anchored.subtreePaths()).isEqualTo(Set.of("/1/"));

        assertThat(JdbcAccountDirectory.resolve(7, 9, "/1/9/", List.of(
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.SELF, List.of()),
                new JdbcAccountDirectory.ScopeGrant(ScopeKind.ALL, List.of()))).all()).isTrue();
        assertThat(JdbcAccountDirectory.resolve(7, 9, "/1/9/", List.of()).filter("u.org_id", "u.id").sql()).isEqualTo("1=0");
    }

    @Test
    void catalogueContainsThePlatformPermissionsAndAcceptsModuleProviders() {
        PermissionCatalog catalog = new PermissionCatalog(List.of(new PlatformPermissions(),
                () -> List.of(new Permission("plan:manage", "管理实施方案", "实施方案"))));
        assertThat(catalog.all().stream().map(Permission::code)).contains("org:manage", "user:manage", "role:manage",
                "audit:read", "audit:verify", "calendar:manage", "files:read", "files:upload", "plan:manage");
        assertThat(catalog.grouped()).containsKeys("系统管理", "安全审计", "实施方案");
        assertThat(catalog.label("files:upload")).isEqualTo("上传附件");
    }

    @Test
    void orgKindParsesCodesAndChineseLabels() {
        assertThat(OrgKind.parse("乡镇（街道）")).contains(OrgKind.TOWN);
        assertThat(OrgKind.parse("PARTNER_ORGAN")).contains(OrgKind.PARTNER_ORGAN);
        assertThat(OrgKind.parse("政府部门")).contains(OrgKind.DEPARTMENT);
        assertThat(OrgKind.parse("部委")).isEmpty();
    }
}
