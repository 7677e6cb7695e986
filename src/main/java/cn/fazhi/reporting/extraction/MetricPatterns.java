package cn.fazhi.reporting.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The table of label patterns per metric: which wording around a figure names which catalogue metric. A rule looks
 * at the clause before the figure ("受理各类行政复议案件26件" → 受理各类行政复议案件), the words after it up to the next
 * punctuation ("另有1件还在审理中" → 还在审理中) and the sentence (for "审结25件" the sentence says 复议). Rules are
 * tried in order; the first that matches names the metric. Texts are already simplified (ChineseScript).
 */
final class MetricPatterns {

    private record Rule(String metric, Pattern clause, Pattern after, Pattern sentence, boolean percent,
            Pattern units, boolean wide) {
        boolean matches(String clause, String wideText, String after, String sentence, boolean isPercent,
                String unit) {
            return isPercent == percent && (units == null || units.matcher(unit).matches())
                    && (this.clause == null || this.clause.matcher(wide ? wideText : clause).find())
                    && (this.after == null || this.after.matcher(after).find())
                    && (this.sentence == null || this.sentence.matcher(sentence).find());
        }
    }

    private static final String CLAUSE_SEPARATORS = ",,;;。:!?!?、\n";
    private static final String SENTENCE_SEPARATORS = "。;;!?!?\n";

    private static final List<Rule> RULES = List.of(
            // 实施方案 (plan module)
            rate("plan.task.completion_rate", "任务.*完成率", null),
            rate("plan.report.on_time_rate", "按时报送率", null),
            count("plan.task.completed", "完成.*任务", null, "实施方案|法治政府建设"),
            // 法律顾问 (before the general rules: its cases and documents are not the office's own)
            count("legal_advisor.cases_represented", "代理.*(复议|诉讼)", null, null),
            count("legal_advisor.count", null, "专家|律师", "法律顾问"),
            count("legal_advisor.matters", "重大.*事项", null, "法律顾问"),
            count("legal_advisor.petitions_handled", "信访", null, "法律顾问"),
            count("legal_advisor.documents_reviewed", "(起草|审核).*(文件|合同|协议)|^(合同|协议|文件)$", null, "法律顾问"),
            count("legal_advisor.legal_affairs", "涉法事务", null, "法律顾问"),
            count("legal_advisor.contract_amount", "合同金额", null, null),
            // 行政复议
            count("reconsideration.upheld", "维持", null, "复议"),
            count("reconsideration.revoked", "撤销", null, "复议"),
            count("reconsideration.changed", "变更", null, "复议"),
            count("reconsideration.confirmed_illegal", "确认.*违法", null, "复议"),
            count("reconsideration.ordered_to_perform", "责令履行", null, "复议"),
            count("reconsideration.claim_rejected", "驳回", null, "复议"),
            count("reconsideration.terminated_after_mediation", "(调解|和解).*(撤回|终止)", null, "复议"),
            count("reconsideration.terminated", "终止", null, "复议"),
            count("reconsideration.not_accepted", "不予受理", null, "复议"),
            count("reconsideration.pending", null, "审理中|办理中", "复议"),
            count("reconsideration.hearings", "听证", null, "复议"),
            count("reconsideration.committee_reviewed", "复议委员会|案审会", null, null),
            count("reconsideration.concluded", "审结|办结", null, "复议"),
            count("reconsideration.received", "(受理|收到|审理|办理).*复议", null, null),
            // 行政诉讼
            rate("litigation.head_appearance_rate", "出庭(应诉)?率", null),
            count("litigation.cases", "(收到|受理).*(应诉|诉讼)案件", null, null),
            count("litigation.head_appearance", "出庭", null, null),
            count("litigation.concluded", "判决.*诉讼|审结.*诉讼", null, null),
            count("litigation.won", "胜诉", null, "诉讼"),
            count("litigation.lost", "确认.*违法|败诉", null, "诉讼"),
            rate("litigation.loss_rate", "败诉率", null),
            // 调解、信访
            count("mediation.received", "受理.*调解", null, null),
            count("mediation.closed", "办结|调处", null, "调解|纠纷"),
            rate("mediation.success_rate", "调解率|成功率", "调解"),
            count("mediation.succeeded", "调解.*纠纷", null, null),
            count("petition.backlog_resolved", "信访积案", null, null),
            count("petition.mass_incidents_resolved", "群体性事件", null, null),
            rate("petition.first_visit_resolution_rate", "初信初访化解率", null),
            // 两法衔接
            count("two_law.transferred", "移送", null, null),
            count("two_law.meetings", null, "两法衔接", null),
            // 规范性文件、合法性审核、重大决策
            rate("normative_doc.filed_on_time_rate", "报备率|备案率", null),
            count("normative_doc.retained", "保留规范性文件", null, null),
            count("normative_doc.amended", "^修改$", null, "规范性文件"),
            count("normative_doc.repealed", "^废止$", null, "规范性文件"),
            count("normative_doc.extended", null, "规范性文件的有效期延长", null),
            count("legality_review.reviewed", "审核.*(文件和合同|涉法事务)|决策.*审核|审核.*决策|涉法事务", null, null),
            count("normative_doc.reviewed", "审核规范性文件", null, null),
            count("major_decision.made", null, "^重大行政决策", null),
            // 行政执法
            count("training.participants", null, "执法人员进行.*培训", null),
            count("enforcement.officers_examined", null, "执法人员进行了?注册考试", null),
            count("enforcement.certificates_revoked", null, "证件进行注销", null),
            count("enforcement.certificate_applicants", "新申领执法证", null, null),
            count("enforcement.major_penalty_filed", "备案重大行政处罚", null, null),
            count("enforcement.case_files_reviewed", null, "^[^0-9]{0,12}案卷", "评查"),
            count("enforcement.case_files_reviewed", "(许可|处罚|检查).*共$", null, "评查"),
            count("enforcement.flexible_items", "执法部门共计", null, "柔性执法"),
            count("enforcement.penalty_exempted", "免罚清单不予处罚", null, null),
            count("enforcement.penalty_exempted_persons", null, "^自然人", "免罚|不予处罚"),
            count("enforcement.penalty_exempted_orgs", null, "^法人", "免罚|不予处罚"),
            count("enforcement.penalty_exempted_amount", "减免罚", null, null),
            count("enforcement.inspection_plan_items", null, "^执法检查项目", null),
            // 学法培训
            count("training.sessions", "培训$", null, null),
            count("training.participants", "参训", null, null),
            count("training.laws_studied", null, "法律法规", "学法|学习"),
            // 政务公开、政务服务、清单
            count("openness.published", "公开信息", null, null),
            rate("service_item.immediate_rate", "即办率", null),
            rate("service_item.online_rate", "网办率|网上可办率", null),
            rate("service_item.onsite_rate", "进驻.*比例", null),
            count("service_item.total", "政务服务事项清单$", null, null),
            count("service_item.total", null, "^《?[^,。》]*政务服务事项清单", null),
            count("service_item.one_visit", null, "^[^,。]{0,8}实现“?最多跑一次", null),
            count("service_item.one_visit", "最多跑一次.?事项", null, null),
            count("service_item.online_items", "网上办.?事项", null, null),
            count("service_item.proof_items", "证明事项", null, null),
            count("power_list.items", "权力清单事项共计", null, null),
            count("hotline_12345.closed", "12345", null, null),
            rate("hotline_12345.closed_rate", "办结率", "12345"),
            count("proposals.handled", "议案|建议|提案", null, null),
            rate("proposals.satisfaction_rate", "满意率", "议案|建议|提案"),
            // 普法与公共法律服务
            count("legal_aid.cases", "法律援助案件", null, null),
            units("public_legal_service.consultations", "人次", "法律咨询", null, null, false),
            count("public_legal_service.hotline_calls", "12348", null, null),
            count("law_popularisation.posts", "微博|微信", null, "普法|法治|法律"),
            units("law_popularisation.materials", "份|册", null, null, "宣传|普法|法治|法律", false),
            units("law_popularisation.audience", "人次|人|名", "受教育|宣传$|宣誓", null, null, false),
            units("law_popularisation.audience", "人次|人|名", null, "党员干部", "宪法", false),
            units("law_popularisation.activities", "次|场次|场|件次", "宣传|普法|讲座|法律知识|法治教育|七进|送法", null, null,
                    true));

    private static Rule units(String metric, String units, String clause, String after, String sentence,
            boolean wide) {
        return new Rule(metric, p(clause), p(after), p(sentence), false, p(units), wide);
    }

    private static Rule count(String metric, String clause, String after, String sentence) {
        return new Rule(metric, p(clause), p(after), p(sentence), false, null, false);
    }

    private static Rule rate(String metric, String clause, String sentence) {
        return new Rule(metric, p(clause), null, p(sentence), true, null, false);
    }

    private static Pattern p(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }

    /** The metric the wording around text[start, end) names, or null. {@code n} is the normalised text. */
    String metricFor(String n, int start, int end, String unit) {
        String clause = n.substring(back(n, start, CLAUSE_SEPARATORS, 40), start);
        // drop the figure's own qualifier words at the clause's end
        clause = clause.replaceFirst("(近|约|超过|逾|达到?|达至|为|共|共计|累计)$", "");
        String after = n.substring(end, forward(n, end, CLAUSE_SEPARATORS, 24));
        String sentence = n.substring(back(n, start, SENTENCE_SEPARATORS, 240), forward(n, end, SENTENCE_SEPARATORS, 60));
        boolean percent = "%".equals(unit);
        String wide = n.substring(Math.max(0, start - 30), start) + after;
        for (Rule r : RULES) {
            if (r.matches(clause, wide, after, sentence, percent, unit)) {
                return r.metric();
            }
        }
        return null;
    }

    private static int back(String n, int from, String separators, int max) {
        int i = from;
        while (i > 0 && from - i < max && separators.indexOf(n.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int forward(String n, int from, String separators, int max) {
        int i = from;
        while (i < n.length() && i - from < max && separators.indexOf(n.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
