package cn.fazhi.plan;

import cn.fazhi.plan.importing.PlanImport;
import cn.fazhi.plan.importing.PlanMetadata;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.ParsedTask;
import cn.fazhi.plan.parsing.ParsedTask.DeadlineKind;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.org.OrgAliases;
import cn.fazhi.platform.org.OrgNameResolver;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo plan (demo profile only, after the demo city): 示范市法治政府建设实施方案(2025—2027年), 15 tasks of our own
 * writing in three areas, led by the demo departments, imported through {@link PlanImport} by the demo legal-affairs
 * user, issued and in force. Also the aliases a real plan needs (the names departments go by in documents).
 * Idempotent: skipped when the demo plan exists. One transaction.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "fazhi.demo.enabled", havingValue = "true")
class PlanDemoData implements ApplicationRunner {

    static final String TITLE = "示范市法治政府建设实施方案(2025—2027年)";
    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

    /** Alias → unit code: full names and older names documents use. */
    static final Map<String, String> ALIASES = Map.of(
            "市委机构编制委员会办公室", "BB",
            "市委编办", "BB",
            "市政府法制办公室", "SFJ",
            "市人力资源和社会保障局", "RSJ",
            "市发展和改革委员会", "FGW",
            "市市场监督管理局", "SCJGJ",
            "市生态环境局", "HBJ",
            "市政务服务和大数据管理局", "DZZWB");

    private final JdbcTemplate jdbc;
    private final JdbcAccountDirectory directory;
    private final PlanImport planImport;
    private final Plans plans;
    private final OrgAliases aliases;
    private final OrgNameResolver resolver;
    private final TransactionTemplate tx;

    PlanDemoData(JdbcTemplate jdbc, JdbcAccountDirectory directory, PlanImport planImport, Plans plans,
            OrgAliases aliases, OrgNameResolver resolver, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.planImport = planImport;
        this.plans = plans;
        this.aliases = aliases;
        this.resolver = resolver;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from plan where title = ?", Integer.class, TITLE);
        if (existing != null && existing > 0) {
            log.info("Demo plan present: not loaded again");
            return;
        }
        FazhiPrincipal admin = directory.loadByUsername("admin").orElse(null);
        FazhiPrincipal sfj = directory.loadByUsername("sfj").orElse(null);
        if (admin == null || sfj == null) {
            log.warn("Demo plan not loaded: demo users admin/sfj missing");
            return;
        }
        // the loader acts as the demo users on a context of its own; the thread's context is restored untouched
        var context = SecurityContextHolder.getContext();
        try {
            tx.executeWithoutResult(status -> {
                signIn(admin);
                ALIASES.forEach((alias, code) -> {
                    Long orgId = jdbc.query("select id from org_unit where code = ?", (rs, i) -> rs.getLong(1), code)
                            .stream().findFirst().orElse(null);
                    if (orgId != null && resolver.resolve(alias).isEmpty()) {
                        aliases.add(alias, orgId, admin);
                    }
                });
                signIn(sfj);
                var outcome = planImport.importPlan(plan(), new PlanMetadata(TITLE, "示政发〔2025〕3号", 2025, 2027,
                        "YEARLY", null, null), Map.of(), null, sfj);
                plans.transition(outcome.plan().id(), Plan.Transition.ISSUE, sfj);
                plans.transition(outcome.plan().id(), Plan.Transition.START, sfj);
                log.info("Demo plan loaded: {} tasks", outcome.tasks());
            });
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.setContext(context);
        }
    }

    private static void signIn(FazhiPrincipal p) {
        var own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(own);
    }

    private static ParsedTask t(int n, String area, String sub, String text, List<String> lead, List<String> resp,
            String deadlineText) {
        LocalDate date = null;
        DeadlineKind kind = DeadlineKind.NONE;
        if (deadlineText != null && deadlineText.matches("\\d{4}年底.*")) {
            date = LocalDate.of(Integer.parseInt(deadlineText.substring(0, 4)), 12, 31);
            kind = DeadlineKind.DATE;
        } else if (deadlineText != null && deadlineText.matches("\\d{4}年\\d{1,2}月底.*")) {
            int y = Integer.parseInt(deadlineText.substring(0, 4));
            int m = Integer.parseInt(deadlineText.substring(5, deadlineText.indexOf('月')));
            date = LocalDate.of(y, m, 1).withDayOfMonth(LocalDate.of(y, m, 1).lengthOfMonth());
            kind = DeadlineKind.DATE;
        } else if ("持续推进".equals(deadlineText)) {
            kind = DeadlineKind.CONTINUOUS;
        } else if ("每年年底前".equals(deadlineText)) {
            kind = DeadlineKind.RECURRING;
        }
        return new ParsedTask(n, area, sub, text, lead, resp, date, deadlineText, kind);
    }

    /** Our own demo text (not a seed document). */
    static ParsedPlan plan() {
        String a1 = "依法全面履行政府职能";
        String a2 = "健全依法决策机制";
        String a3 = "严格规范公正文明执法";
        String s1 = "深化“放管服”改革";
        String s2 = "推进政务公开标准化";
        return new ParsedPlan(TITLE, List.of(
                t(1, a1, s1, "梳理市级行政许可事项清单,逐项明确设定依据、实施条件和办理时限,并向社会公布。",
                        List.of("市委机构编制委员会办公室"), List.of("市行政审批局"), "2025年底完成"),
                t(2, a1, s1, "推行“一件事一次办”,年内实现企业开办、不动产登记等高频事项全流程网上办理。",
                        List.of("市行政审批局"), List.of("市电子政务办"), "2026年底完成"),
                t(3, a1, s1, "建立涉企收费目录清单动态调整机制,清单之外一律不得收费。",
                        List.of("市财政局", "市发改委"), List.of(), "2026年12月底前"),
                t(4, a1, s2, "编制各部门政务公开事项标准目录,统一公开时限和公开方式。",
                        List.of("市政府办公室"), List.of("东城街道办事处", "西城街道办事处"), "2025年底完成"),
                t(5, a1, s2, "每年发布政府信息公开工作年度报告,按规定时限向社会公开。",
                        List.of("市政府办公室"), List.of(), "每年年底前"),
                t(6, a2, null, "制定重大行政决策事项年度目录,经市政府常务会议审议后向社会公布。",
                        List.of("市政府办公室"), List.of(), "每年年底前"),
                t(7, a2, null, "重大行政决策出台前必须经过合法性审查,未经审查的不得提交讨论。",
                        List.of("市政府法制办"), List.of(), "持续推进"),
                t(8, a2, null, "完善政府法律顾问工作规则,法律顾问参与重大决策论证情况每半年通报一次。",
                        List.of("市司法局"), List.of(), "2026年6月底前"),
                t(9, a2, null, "建立重大行政决策后评估制度,对实施满一年的决策开展评估。",
                        List.of("市司法局"), List.of("市审计局"), "2027年底完成"),
                t(10, a2, null, "行政规范性文件实行统一登记、统一编号、统一印发,并按规定报送备案。",
                        List.of("市政府法制办"), List.of(), "2025年底完成"),
                t(11, a3, null, "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。",
                        List.of("市司法局"), List.of("市公安局", "市市场监管局", "市城管局"), "2026年底完成"),
                t(12, a3, null, "推行包容审慎监管,制定市场监管领域轻微违法行为不予处罚清单。",
                        List.of("市市场监管局"), List.of(), "2025年底完成"),
                t(13, a3, null, "规范交通管理领域非现场执法,设备设置地点向社会公布。",
                        List.of("市公安局"), List.of(), "2026年12月底前"),
                t(14, a3, null, "开展行政执法案卷评查,评查结果纳入法治政府建设考评。",
                        List.of("市司法局"), List.of("市财政局", "市公安局"), "每年年底前"),
                t(15, a3, null, "加强生态环境执法队伍建设,执法人员全部持证上岗。",
                        List.of("市环保局"), List.of("南山镇人民政府"), "2027年底完成")), List.of());
    }
}
