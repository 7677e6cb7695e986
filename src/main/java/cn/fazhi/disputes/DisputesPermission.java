package cn.fazhi.disputes;

import cn.fazhi.platform.org.Permission;
import cn.fazhi.platform.org.PermissionProvider;
import java.util.List;
import org.springframework.stereotype.Component;

/** Permission codes of the disputes module; data scope decides which cases one sees. */
@Component
public class DisputesPermission implements PermissionProvider {
    /** Read reconsideration cases (the respondent organ reads the cases against it). */
    public static final String RECONSIDERATION_READ = "reconsideration:read";
    /** Handle reconsideration cases (the reconsideration organ's officers). */
    public static final String RECONSIDERATION_HANDLE = "reconsideration:handle";
    /** Answer as respondent (答复) in a reconsideration case. */
    public static final String RECONSIDERATION_RESPOND = "reconsideration:respond";
    public static final String LITIGATION_READ = "litigation:read";
    /** Record and manage litigation-response cases of one's organ. */
    public static final String LITIGATION_HANDLE = "litigation:handle";
    public static final String MEDIATION_HANDLE = "mediation:handle";
    public static final String PETITION_HANDLE = "petition:handle";
    public static final String DISPUTES_READ = "disputes:read";

    static final String GROUP = "复议应诉与矛盾化解";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(RECONSIDERATION_READ, "查看行政复议案件", GROUP),
                new Permission(RECONSIDERATION_HANDLE, "办理行政复议案件", GROUP),
                new Permission(RECONSIDERATION_RESPOND, "作为被申请人答复复议案件", GROUP),
                new Permission(LITIGATION_READ, "查看行政应诉案件", GROUP),
                new Permission(LITIGATION_HANDLE, "办理行政应诉案件", GROUP),
                new Permission(MEDIATION_HANDLE, "办理行政调解案件", GROUP),
                new Permission(PETITION_HANDLE, "办理信访事项", GROUP),
                new Permission(DISPUTES_READ, "查看复议、应诉、调解、信访统计", GROUP));
    }
}
