package cn.fazhi.platform.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every permission of every module, by code, in declaration order; grouped for the role editor. */
@Component
public class PermissionCatalog {

    private final Map<String, Permission> byCode = new LinkedHashMap<>();

    public PermissionCatalog(List<PermissionProvider> providers) {
        for (PermissionProvider provider : providers) {
            for (Permission p : provider.permissions()) {
                Permission previous = byCode.putIfAbsent(p.code(), p);
                if (previous != null && !previous.equals(p)) {
                    throw new IllegalStateException("Permission " + p.code() + " declared twice differently");
                }
            }
        }
    }

    public List<Permission> all() {
        return List.copyOf(byCode.values());
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<Permission> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public String label(String code) {
        return find(code).map(Permission::label).orElse(code);
    }

    /** Group name → permissions of the group, groups in first-declared order. */
    public Map<String, List<Permission>> grouped() {
        Map<String, List<Permission>> groups = new LinkedHashMap<>();
        byCode.values().forEach(p -> groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
        return groups;
    }

    /** The codes among {@code codes} that are not in the catalogue. */
    public List<String> unknown(Collection<String> codes) {
        return codes.stream().filter(c -> !byCode.containsKey(c)).toList();
    }
}
