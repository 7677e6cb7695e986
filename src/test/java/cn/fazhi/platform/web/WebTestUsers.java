package cn.fazhi.platform.web;

import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Principals built in tests (a random id and name so that PostgreSQL runs sharing one database do not collide). */
final class WebTestUsers {

    private WebTestUsers() {
    }

    static FazhiPrincipal user(String displayName, String orgName, Set<String> roles, Set<String> permissions) {
        long id = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        return new FazhiPrincipal(id, "web-test-" + id, displayName, 1L, orgName, "/1/", null, true, false,
                roles, permissions, DataScope.nothing());
    }
}
