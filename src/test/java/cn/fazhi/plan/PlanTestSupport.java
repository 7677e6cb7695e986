package cn.fazhi.plan;

import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.ParsedTask;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Demo users, demo ids and hand-made parsed plans for the plan tests. */
public final class PlanTestSupport {

    private final JdbcAccountDirectory directory;
    private final JdbcTemplate jdbc;

    public PlanTestSupport(JdbcAccountDirectory directory, JdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    public FazhiPrincipal principal(String username) {
        return directory.loadByUsername(username).orElseThrow(() -> new AssertionError("no user " + username));
    }

    /** Signs the user in on the current thread (service-level tests: audit and attachments read the principal). */
    public FazhiPrincipal signIn(String username) {
        FazhiPrincipal p = principal(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        return p;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(principal(username));
    }

    public long orgId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static ParsedTask task(int number, String area, String subArea, String text, List<String> leads,
            List<String> responsible, LocalDate deadline, String deadlineText, ParsedTask.DeadlineKind kind) {
        return new ParsedTask(number, area, subArea, text, leads, responsible, deadline, deadlineText, kind);
    }

    public static ParsedTask dated(int number, String area, String subArea, String text, String lead, int year) {
        return task(number, area, subArea, text, List.of(lead), List.of(), LocalDate.of(year, 12, 31),
                year + "年底完成", ParsedTask.DeadlineKind.DATE);
    }

    /**
     * A small plan of our own writing; {@code salt} goes into every task text so each test gets its own content
     * hash. Units: 市编办 (exact), 市政府法制办 (short name of 市司法局), 市财政局, and whatever {@code extraUnit} names.
     */
    public static ParsedPlan smallPlan(String salt, String extraUnit) {
        String a1 = "推进政务公开";
        String a2 = "规范执法行为";
        return new ParsedPlan("测试市法治政府建设实施方案(2021—2025年)", List.of(
                dated(1, a1, "完善公开目录", "编制政务公开事项目录并动态调整" + salt, "市编办", 2021),
                task(2, a1, "完善公开目录", "公开财政预决算" + salt, List.of("市财政局", "市编办"), List.of(),
                        LocalDate.of(2022, 12, 31), "2022年底", ParsedTask.DeadlineKind.DATE),
                task(3, a1, "加强平台建设", "建设公开平台" + salt, List.of(extraUnit), List.of("市公安局"), null,
                        "持续推进", ParsedTask.DeadlineKind.CONTINUOUS),
                dated(4, a2, null, "开展执法案卷评查" + salt, "市政府法制办", 2023),
                task(5, a2, null, "各牵头单位制定工作方案" + salt, List.of("各牵头单位"), List.of(), null, "年底前",
                        ParsedTask.DeadlineKind.RECURRING),
                task(6, a2, null, "各责任单位落实任务" + salt, List.of(), List.of(ParsedTask.ALL_RESPONSIBLE_UNITS), null,
                        null, ParsedTask.DeadlineKind.NONE)), List.of());
    }
}
