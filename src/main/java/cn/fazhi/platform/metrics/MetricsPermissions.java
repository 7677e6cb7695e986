package cn.fazhi.platform.metrics;

import cn.fazhi.platform.org.Permission;
import cn.fazhi.platform.org.PermissionProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Permission to read metric values and the records behind them (within the holder's data scope). */
@Component
public class MetricsPermissions implements PermissionProvider {

    /** Read metric values and list the records behind a value. */
    public static final String READ = "metrics:read";

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(READ, "查看统计指标及其来源记录", "统计指标"));
    }
}
