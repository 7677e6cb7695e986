package cn.fazhi.reporting.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of an annual report on 法治政府建设 (法治政府建设年度报告), following the published reports (the seeds)
 * and the content the supervision rules require (法治政府建设与责任落实督察工作规定, 厅字〔2019〕28号: 主要举措和成效;
 * 党政主要负责人履行推进法治建设第一责任人职责情况; 存在的不足和原因; 下一年度工作安排; 其他). Each section has an
 * editable narrative and figure sentences whose figures come from metrics: {@code {metric.name}} in a sentence is
 * rendered from the catalogue (a figure is never typed).
 */
public final class ReportTemplate {

    /** {metric.name} placeholders in a sentence. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+)}");

    /**
     * A section: key, heading, level (1 = "一、" 黑体, 2 = "(一)" 楷体), the starting narrative, its sentences.
     */
    public record Section(String key, String heading, int level, String narrative, List<Sentence> sentences) {
    }

    /** A figure sentence: stable key and its template text with {metric} placeholders. */
    public record Sentence(String key, String template) {

        public List<String> metrics() {
            List<String> out = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }
    }

    private final List<Section> sections;

    ReportTemplate(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Sentence> sentence(String key) {
        return sections.stream().flatMap(s -> s.sentences().stream()).filter(s -> s.key().equals(key)).findFirst();
    }

    private static Sentence s(String key, String template) {
        return new Sentence(key, template);
    }

    /** The standard template (version 1). Metric names are those of docs/metrics.md. */
    public static ReportTemplate standard() {
        return new ReportTemplate(List.of(
                new Section("measures", "一、主要举措和成效", 1, "{year}年,{org}坚持以习近平新时代中国特色社会主义思想为指导,"
                        + "深入学习贯彻习近平法治思想,全面落实法治政府建设实施纲要,法治政府建设各项工作取得新进展。", List.of(
                        s("plan.tasks", "全年法治政府建设实施方案共部署任务{plan.task.total}项,已完成{plan.task.completed}项,"
                                + "任务完成率{plan.task.completion_rate}。"),
                        s("plan.reports", "各牵头单位进展报告按时报送率{plan.report.on_time_rate}。"))),
                new Section("functions", "(一)依法全面履行政府职能", 2, "", List.of(
                        s("gov_service", "政务服务事项网上可办{service_item.online_items}项,“12345”政务服务便民热线受理群众诉求{hotline_12345.received}件。"))),
                new Section("institutions", "(二)完善依法行政制度体系", 2, "", List.of(
                        s("normative_doc", "全年报备行政规范性文件{normative_doc.filed}件,清理后保留{normative_doc.retained}件、"
                                + "修改{normative_doc.amended}件、废止{normative_doc.repealed}件。"))),
                new Section("decisions", "(三)推进行政决策科学化民主化法治化", 2, "", List.of(
                        s("major_decision", "全年作出重大行政决策{major_decision.made}项,均履行公众参与、专家论证、"
                                + "风险评估、合法性审查和集体讨论决定程序。"))),
                new Section("enforcement", "(四)坚持严格规范公正文明执法", 2, "", List.of(
                        s("enforcement.cases", "全年办理行政处罚案件{enforcement.penalty_cases}件,"
                                + "向公安机关移送涉嫌犯罪案件{two_law.transferred}起。"))),
                new Section("oversight", "(五)强化对行政权力的制约和监督", 2, "", List.of(
                        s("openness", "主动公开政府信息{openness.published}条,受理政府信息公开申请{openness.requests_received}件。"))),
                new Section("disputes", "(六)依法有效化解社会矛盾纠纷", 2, "", List.of(
                        s("reconsideration", "受理各类行政复议案件{reconsideration.received}件,审结{reconsideration.concluded}件,"
                                + "其中维持{reconsideration.upheld}件。"),
                        s("litigation", "办理行政应诉案件{litigation.cases}件,行政机关负责人出庭应诉率{litigation.head_appearance_rate}。"),
                        s("mediation", "受理行政调解案件{mediation.received}件,调解成功{mediation.succeeded}件。"))),
                new Section("capacity", "(七)全面提高依法行政能力", 2, "", List.of(
                        s("training", "组织领导干部学法{training.sessions}次,参加人员{training.participants}人次。"))),
                new Section("leaders", "二、党政主要负责人履行推进法治建设第一责任人职责情况", 1,
                        "{org}主要负责人切实履行推进法治建设第一责任人职责,将法治政府建设纳入工作全局统筹谋划。", List.of()),
                new Section("shortcomings", "三、存在的不足和原因", 1, "", List.of()),
                new Section("next_year", "四、下一年度工作安排", 1, "", List.of()),
                new Section("other", "五、其他需要报告的事项", 1, "", List.of())));
    }
}
