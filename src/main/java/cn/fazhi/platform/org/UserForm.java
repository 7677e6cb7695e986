package cn.fazhi.platform.org;

import java.util.List;

/**
 * Input to create (all fields) or edit (username and password ignored) a user. {@code roleIds} on create only; on
 * edit roles change through their own operation (a permission change).
 */
public record UserForm(String username, String displayName, Long orgId, String phone, String email, String password,
        List<Long> roleIds, Integer version) {
}
