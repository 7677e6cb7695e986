package cn.fazhi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data scope as a SQL condition with bind parameters, and the principal as the database session stores it. */
class DataScopeTests {

    @Test
    void allIsUnrestrictedAndNothingMatchesNoRow() {
        assertThat(DataScope.everything().filter("a.org_id", "a.owner_id").sql()).isEqualTo("1=1");
        assertThat(DataScope.nothing().filter("a.org_id", "a.owner_id").sql()).isEqualTo("1=0");
    }

    @Test
    void subtreeOrgsAndSelfBecomeBindParametersNeverLiterals() {
        DataScope scope = new DataScope(false, Set.of("/1/4/"), Set.of(7L, 3L), 42L);
        DataScope.SqlCondition c = scope.filter("a.org_id", "a.owner_id");
        assertThat(c.sql()).isEqualTo("(a.org_id in (select s.id from org_unit s where s.path like ?)"
                + " or a.org_id in (?,?) or a.owner_id = ?)");
        assertThat(c.params()).hasSize(4).startsWith("/1/4/%").endsWith(42L);
        assertThat(c.params().subList(1, 3)).containsExactlyInAnyOrder(3L, 7L);
    }

    @Test
    void selfScopeWithoutOwnerColumnSeesNothing() {
        assertThat(new DataScope(false, Set.of(), Set.of(), 42L).filter("a.org_id", null).sql()).isEqualTo("1=0");
    }

    @Test
    void coversFollowsTheMaterializedPath() {
        DataScope scope = new DataScope(false, Set.of("/1/4/"), Set.of(9L), 42L);
        assertThat(scope.coversOrg(5, "/1/4/5/")).isTrue();
        assertThat(scope.coversOrg(2, "/1/2/")).isFalse();
        assertThat(scope.coversOrg(9, "/1/9/")).isTrue();
        assertThat(scope.covers(2, "/1/2/", 42L)).isTrue();
    }

    @Test
    void principalSurvivesJavaSerializationAsInTheDatabaseSession() throws Exception {
        FazhiPrincipal p = new FazhiPrincipal(5, "lisi", "李四", 4, "司法局", "/1/4/", "{bcrypt}x", true, false,
                Set.of("LEGAL"), Set.of("review:read"), new DataScope(false, Set.of("/1/4/"), Set.of(9L), null));
        p.eraseCredentials();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        FazhiPrincipal back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (FazhiPrincipal) in.readObject();
        }
        assertThat(back.userId()).isEqualTo(5);
        assertThat(back.getPassword()).isNull();
        assertThat(back.can("review:read")).isTrue();
        assertThat(back.scope()).isEqualTo(p.scope());
        assertThat(back.orgName()).isEqualTo("司法局");
    }
}
