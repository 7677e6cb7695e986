package cn.fazhi.reporting.catalogue;

import cn.fazhi.platform.metrics.DeclaredMetricDefinitions;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import cn.fazhi.platform.metrics.MetricUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The declared metrics every figure of an annual report (法治政府建设年度报告) needs (docs/metrics.md maps each figure
 * of the four seed reports to one of these or to a computed metric). The disputes names (reconsideration.*,
 * litigation.*, mediation.*, petition.*) are declared here until the disputes module computes them: a computed source
 * of the same name then takes precedence in the catalogue.
 */
@Component
public class ReportMetricDefinitions implements DeclaredMetricDefinitions {

    static final String INDICATORS = "市县法治政府建设示范指标体系";
    static final String OUTLINE = "法治政府建设实施纲要(2021-2025年)";
    static final String ANNUAL = "法治政府建设年度报告制度(《法治政府建设与责任落实督察工作规定》第二十五条)";
    static final String RECON = "《行政复议法》(2023修订);" + INDICATORS;
    static final String LITIG = "《行政诉讼法》第三条;" + INDICATORS;
    static final String DECL = "由单位申报,附证明材料,经审核后计入。";

    private final List<MetricDefinition> definitions = build();

    @Override
    public List<MetricDefinition> declaredDefinitions() {
        return definitions;
    }

    private static List<MetricDefinition> build() {
        List<MetricDefinition> l = new ArrayList<>();
        // 行政复议 (computed by the disputes module when present)
        count(l, "reconsideration.received", "行政复议收案数", MetricUnit.CASES, "统计期间内行政复议机构收到的行政复议申请件数(含不予受理的)。", RECON);
        count(l, "reconsideration.accepted", "行政复议受理数", MetricUnit.CASES, "统计期间内决定受理的行政复议申请件数。", RECON);
        count(l, "reconsideration.not_accepted", "行政复议不予受理数", MetricUnit.CASES, "统计期间内作出不予受理决定的件数。", RECON);
        count(l, "reconsideration.concluded", "行政复议审结数", MetricUnit.CASES, "统计期间内作出复议决定、调解书或终止决定而结案的件数。", RECON);
        count(l, "reconsideration.upheld", "行政复议维持数", MetricUnit.CASES, "审结案件中决定维持的件数。", RECON);
        count(l, "reconsideration.changed", "行政复议变更数", MetricUnit.CASES, "审结案件中决定变更的件数。", RECON);
        count(l, "reconsideration.revoked", "行政复议撤销数", MetricUnit.CASES, "审结案件中决定撤销(含部分撤销)的件数。", RECON);
        count(l, "reconsideration.confirmed_illegal", "行政复议确认违法数", MetricUnit.CASES, "审结案件中确认违法的件数。", RECON);
        count(l, "reconsideration.ordered_to_perform", "行政复议责令履行数", MetricUnit.CASES, "审结案件中责令履行法定职责的件数。", RECON);
        count(l, "reconsideration.confirmed_invalid", "行政复议确认无效数", MetricUnit.CASES, "审结案件中确认无效的件数。", RECON);
        count(l, "reconsideration.claim_rejected", "驳回复议请求数", MetricUnit.CASES, "审结案件中驳回行政复议请求的件数。", RECON);
        count(l, "reconsideration.terminated", "行政复议终止数", MetricUnit.CASES, "审结案件中决定终止的件数(含调解、和解后撤回)。", RECON);
        count(l, "reconsideration.terminated_after_mediation", "经调解和解撤回终止数", MetricUnit.CASES, "终止案件中经调解或和解、申请人撤回申请而终止的件数。", RECON);
        count(l, "reconsideration.mediated", "行政复议调解结案数", MetricUnit.CASES, "以行政复议调解书结案的件数。", RECON);
        count(l, "reconsideration.pending", "行政复议在审数", MetricUnit.CASES, "统计期末已受理尚未审结的件数。", RECON);
        rate(l, "reconsideration.direct_correction_rate", "行政复议直接纠错率", "(变更+撤销+确认违法+责令履行+确认无效)÷ 审结数 × 100%。", RECON);
        count(l, "reconsideration.committee_reviewed", "行政复议委员会审议案件数", MetricUnit.CASES, "提交行政复议委员会(案审会)审议的案件件数。" + DECL, RECON);
        count(l, "reconsideration.hearings", "行政复议听证案件数", MetricUnit.CASES, "组织听证的行政复议案件件数(含行政机关负责人应参加的)。" + DECL, RECON);
        // 行政诉讼
        count(l, "litigation.cases", "行政应诉案件数", MetricUnit.CASES, "统计期间内本机关作为被告收到起诉状副本的一审行政诉讼案件件数。", LITIG);
        count(l, "litigation.concluded", "行政诉讼审结数", MetricUnit.CASES, "统计期间内已判决或裁定结案的件数(含往年立案)。", LITIG);
        count(l, "litigation.head_appearance", "负责人出庭应诉数", MetricUnit.CASES, "行政机关负责人出庭应诉的案件件数(一案多次开庭按案件计)。", LITIG + ";《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》");
        rate(l, "litigation.head_appearance_rate", "负责人出庭应诉率", "负责人出庭应诉件数 ÷ 开庭审理的应诉案件件数 × 100%。", LITIG);
        count(l, "litigation.lost", "行政诉讼败诉数", MetricUnit.CASES, "审结案件中判决撤销、变更、确认违法或无效、责令履行、给付的件数。", LITIG);
        rate(l, "litigation.loss_rate", "行政诉讼败诉率", "败诉件数 ÷ 审结件数 × 100%。", LITIG);
        count(l, "litigation.won", "行政诉讼胜诉数", MetricUnit.CASES, "审结案件中判决驳回诉讼请求(机关胜诉)的件数。" + DECL, LITIG);
        count(l, "litigation.judicial_recommendations", "司法建议数", MetricUnit.CASES, "收到人民法院司法建议的件数。", LITIG);
        count(l, "litigation.procuratorial_recommendations", "检察建议数", MetricUnit.CASES, "收到人民检察院检察建议的件数。", LITIG);
        // 行政调解 / 矛盾纠纷
        count(l, "mediation.received", "调解受理数", MetricUnit.CASES, "统计期间内受理的行政调解及矛盾纠纷调解件数。", "《人民调解法》;" + INDICATORS);
        count(l, "mediation.closed", "调解办结数", MetricUnit.CASES, "统计期间内办结(调处)的调解件数。", "《人民调解法》;" + INDICATORS);
        count(l, "mediation.succeeded", "调解成功数", MetricUnit.CASES, "办结件数中达成调解协议的件数。", "《人民调解法》;" + INDICATORS);
        rate(l, "mediation.success_rate", "调解成功率", "调解成功件数 ÷ 办结件数 × 100%。", "《人民调解法》;" + INDICATORS);
        // 信访
        count(l, "petition.received", "信访受理数", MetricUnit.CASES, "统计期间内登记受理的信访事项件数。", "《信访工作条例》");
        count(l, "petition.closed", "信访办结数", MetricUnit.CASES, "统计期间内办结的信访事项件数。", "《信访工作条例》");
        count(l, "petition.closed_on_time", "信访按期办结数", MetricUnit.CASES, "在法定期限内办结的件数。", "《信访工作条例》第三十二条");
        rate(l, "petition.on_time_rate", "信访按期办结率", "按期办结件数 ÷ 办结件数 × 100%。", "《信访工作条例》");
        count(l, "petition.backlog_resolved", "信访积案化解数", MetricUnit.CASES, "统计期间内化解的信访积案件数。" + DECL, "《信访工作条例》");
        count(l, "petition.mass_incidents_resolved", "群体性事件化解数", MetricUnit.CASES, "统计期间内化解的群体性事件件数。" + DECL, "《信访工作条例》");
        rate(l, "petition.first_visit_resolution_rate", "初信初访化解率", "化解的初信初访件数 ÷ 初信初访件数 × 100%。" + DECL, "《信访工作条例》");
        // 规范性文件
        count(l, "normative_doc.reviewed", "规范性文件合法性审核数", MetricUnit.CASES, "统计期间内法制机构完成合法性审核的行政规范性文件件数。" + DECL, "国办发〔2018〕115号;" + INDICATORS);
        rate(l, "normative_doc.filed_on_time_rate", "规范性文件按时报备率", "按时(发布之日起30日内)向上级报送备案的规范性文件 ÷ 应报备件数 × 100%。" + DECL, "《法规规章备案条例》;" + INDICATORS);
        count(l, "normative_doc.retained", "清理后保留的规范性文件数", MetricUnit.CASES, "一次清理中决定继续有效的件数。" + DECL, "国办发〔2018〕37号");
        count(l, "normative_doc.amended", "清理后修改的规范性文件数", MetricUnit.CASES, "一次清理中决定修改的件数。" + DECL, "国办发〔2018〕37号");
        count(l, "normative_doc.repealed", "清理后废止的规范性文件数", MetricUnit.CASES, "一次清理中决定废止(含宣布失效)的件数。" + DECL, "国办发〔2018〕37号");
        count(l, "normative_doc.extended", "延长有效期的规范性文件数", MetricUnit.CASES, "有效期届满前评估后决定延长有效期的件数。" + DECL, "国办发〔2018〕37号");
        // 合法性审核、重大决策、法律顾问
        count(l, "legality_review.reviewed", "合法性审核件数", MetricUnit.CASES, "法制机构审核的政府文件、合同、重大行政决策等涉法事项件数(含规范性文件)。" + DECL, "国办发〔2018〕115号;" + INDICATORS);
        count(l, "major_decision.made", "重大行政决策事项数", MetricUnit.CASES, "统计期间内作出的、列入目录的重大行政决策件数。" + DECL, "《重大行政决策程序暂行条例》");
        count(l, "contract.reviewed", "合同合法性审查数", MetricUnit.CASES, "以政府名义签订的合同经合法性审查的件数。" + DECL, INDICATORS);
        count(l, "legal_advisor.count", "政府法律顾问人数", MetricUnit.PERSONS, "统计期末聘任的政府法律顾问(专家、律师)人数。" + DECL, "中办发〔2016〕30号");
        count(l, "legal_advisor.matters", "法律顾问参与重大事项数", MetricUnit.CASES, "法律顾问参与论证的重大决策、重大执法事项件数。" + DECL, "中办发〔2016〕30号");
        amount(l, "legal_advisor.contract_amount", "法律顾问审查合同金额", "法律顾问审查的合同标的金额合计(元)。" + DECL, "中办发〔2016〕30号");
        count(l, "legal_advisor.cases_represented", "法律顾问代理复议诉讼案件数", MetricUnit.CASES, "法律顾问受托代理行政复议、行政诉讼案件件数。" + DECL, "中办发〔2016〕30号");
        count(l, "legal_advisor.documents_reviewed", "法律顾问起草审核文件数", MetricUnit.CASES, "法律顾问起草、审核的文件、合同、协议件数。" + DECL, "中办发〔2016〕30号");
        count(l, "legal_advisor.petitions_handled", "法律顾问处理信访案件数", MetricUnit.CASES, "法律顾问参与处理的重大信访案件件数。" + DECL, "中办发〔2016〕30号");
        count(l, "legal_advisor.legal_affairs", "法律顾问参与涉法事务数", MetricUnit.CASES, "法律顾问参与研究的涉法事务件数。" + DECL, "中办发〔2016〕30号");
        // 行政执法
        count(l, "enforcement.officers_examined", "执法人员资格考试人数", MetricUnit.PERSONS, "参加执法资格考试(含注册考试)的执法人员人数。" + DECL, "《行政处罚法》第四十二条;" + INDICATORS);
        count(l, "enforcement.certificates_revoked", "注销执法证件人数", MetricUnit.PERSONS, "注销行政执法证件的人数。" + DECL, INDICATORS);
        count(l, "enforcement.certificate_applicants", "新申领执法证人数", MetricUnit.PERSONS, "参加资格考试的新申领执法证人数。" + DECL, INDICATORS);
        count(l, "enforcement.major_penalty_filed", "重大行政处罚备案数", MetricUnit.CASES, "向法制机构备案的重大行政处罚决定件数。" + DECL, "《行政处罚法》第五十八条");
        count(l, "enforcement.case_files_reviewed", "行政执法案卷评查数", MetricUnit.CASES, "参加评查的行政执法案卷卷数。" + DECL, INDICATORS);
        count(l, "enforcement.flexible_items", "柔性执法事项数", MetricUnit.ITEMS, "柔性执法(免罚、轻罚)事项清单的事项数。" + DECL, "《行政处罚法》第三十三条");
        count(l, "enforcement.penalty_exempted", "免罚案件数", MetricUnit.CASES, "适用免罚清单不予处罚的案件数。" + DECL, "《行政处罚法》第三十三条");
        count(l, "enforcement.penalty_exempted_orgs", "免罚受益法人数", MetricUnit.ORGS, "因不予处罚受益的法人、非法人组织数。" + DECL, "《行政处罚法》第三十三条");
        count(l, "enforcement.penalty_exempted_persons", "免罚受益自然人数", MetricUnit.PERSONS, "因不予处罚受益的自然人数。" + DECL, "《行政处罚法》第三十三条");
        amount(l, "enforcement.penalty_exempted_amount", "免罚减免金额", "不予处罚、减轻处罚减免的罚款金额合计(元)。" + DECL, "《行政处罚法》第三十三条");
        count(l, "enforcement.inspection_plan_items", "涉企执法检查计划项目数", MetricUnit.ITEMS, "通过审核的年度涉企执法检查计划项目数。" + DECL, "《优化营商环境条例》");
        // 两法衔接
        count(l, "two_law.transferred", "移送涉嫌犯罪案件数", MetricUnit.CASES, "行政执法机关向公安机关移送的涉嫌犯罪案件件数。" + DECL, "《行政执法机关移送涉嫌犯罪案件的规定》");
        count(l, "two_law.meetings", "两法衔接联席会议次数", MetricUnit.TIMES, "召开行政执法与刑事司法衔接联席会议、推进会的次数。" + DECL, "《行政执法机关移送涉嫌犯罪案件的规定》");
        // 学法培训
        count(l, "training.sessions", "法治培训次数", MetricUnit.TIMES, "组织的法治专题、业务培训期次。" + DECL, OUTLINE);
        count(l, "training.participants", "法治培训人数", MetricUnit.PERSONS, "参加法治专题、业务培训的人数(含执法人员在线培训)。" + DECL, OUTLINE);
        count(l, "training.laws_studied", "常务会议学法部数", MetricUnit.ITEMS, "政府常务会议会前学习的法律法规部数。" + DECL, OUTLINE);
        // 政务公开、政务服务、权力清单
        count(l, "openness.published", "主动公开政府信息条数", MetricUnit.ENTRIES, "统计期间内主动公开的政府信息条数。" + DECL, "《政府信息公开条例》第五十条");
        count(l, "service_item.total", "政务服务事项数", MetricUnit.ITEMS, "政务服务事项清单的事项数。" + DECL, "《优化营商环境条例》;" + INDICATORS);
        count(l, "service_item.one_visit", "最多跑一次事项数", MetricUnit.ITEMS, "实现“最多跑一次”的事项数。" + DECL, INDICATORS);
        count(l, "service_item.online_items", "网上办事项数", MetricUnit.ITEMS, "可“网上办”的事项数。" + DECL, INDICATORS);
        // figures every annual report template asks for (reporting.annual): declared until a module computes them
        count(l, "hotline_12345.received", "12345热线受理诉求数", MetricUnit.CASES, "统计期间内“12345”政务服务便民热线受理的群众诉求件数(热线系统导出)。" + DECL,
                "国办发〔2020〕53号(政务服务便民热线归并);" + INDICATORS);
        count(l, "normative_doc.filed", "报备规范性文件数", MetricUnit.CASES, "统计期间内向上级报送备案的行政规范性文件件数。" + DECL,
                "《法规规章备案条例》;国办发〔2018〕37号");
        count(l, "enforcement.penalty_cases", "行政处罚案件数", MetricUnit.CASES, "统计期间内作出行政处罚决定的案件数(省级执法平台导出)。" + DECL,
                "《行政处罚法》;国办发〔2023〕27号");
        count(l, "openness.requests_received", "政府信息公开申请受理数", MetricUnit.CASES,
                "统计期间内新收政府信息公开申请件数(年度报告表三“本年新收”)。" + DECL, "《政府信息公开条例》第五十条;国办公开办函〔2021〕30号");
        rate(l, "service_item.online_rate", "网上可办率", "可全程网办的政务服务事项 ÷ 政务服务事项 × 100%。" + DECL, INDICATORS);
        rate(l, "service_item.immediate_rate", "即办率", "即办事项 ÷ 依申请类政务服务事项 × 100%。" + DECL, INDICATORS);
        rate(l, "service_item.onsite_rate", "进驻政务大厅比例", "进驻综合性实体政务大厅(一窗进驻)的事项 ÷ 政务服务事项 × 100%。" + DECL, INDICATORS);
        count(l, "service_item.proof_items", "证明事项数", MetricUnit.ITEMS, "证明事项清单的事项数(含实行告知承诺的)。" + DECL, "国办发〔2020〕42号");
        count(l, "power_list.items", "权力清单事项数", MetricUnit.ITEMS, "调整后行政权力清单的事项数。" + DECL, "中办发〔2015〕21号");
        count(l, "hotline_12345.closed", "12345热线办结件数", MetricUnit.CASES, "12345 热线及基层治理平台流转事件中办结的件数。" + DECL, "国办发〔2020〕53号");
        rate(l, "hotline_12345.closed_rate", "12345热线办结率", "办结件数 ÷ 流转件数 × 100%。" + DECL, "国办发〔2020〕53号");
        count(l, "proposals.handled", "人大建议政协提案办理数", MetricUnit.CASES, "办理的人大代表建议、政协委员提案件数。" + DECL, INDICATORS);
        rate(l, "proposals.satisfaction_rate", "建议提案办理满意率", "代表委员表示满意的件数 ÷ 办理件数 × 100%。" + DECL, INDICATORS);
        // 普法与公共法律服务
        count(l, "law_popularisation.activities", "普法宣传活动次数", MetricUnit.TIMES, "组织的普法宣传、法治讲座等活动次(场次)。" + DECL, "“谁执法谁普法”普法责任制;" + OUTLINE);
        count(l, "law_popularisation.materials", "普法材料发放份数", MetricUnit.COPIES, "发放的宣传材料、宣传品份数。" + DECL, "“谁执法谁普法”普法责任制");
        count(l, "law_popularisation.audience", "普法受众人次", MetricUnit.PERSON_TIMES, "参加普法活动、受教育的人次(含宪法宣誓人数)。" + DECL, "“谁执法谁普法”普法责任制");
        count(l, "law_popularisation.posts", "普法新媒体发布条数", MetricUnit.ENTRIES, "微博、微信等发布的普法信息条数。" + DECL, "“谁执法谁普法”普法责任制");
        count(l, "legal_aid.cases", "法律援助案件数", MetricUnit.CASES, "办理的法律援助案件件数。" + DECL, "《法律援助法》");
        count(l, "public_legal_service.consultations", "公共法律服务咨询人次", MetricUnit.PERSON_TIMES, "实体平台接待来访法律咨询人次。" + DECL, "《法律援助法》;公共法律服务体系建设意见");
        count(l, "public_legal_service.hotline_calls", "12348热线咨询次数", MetricUnit.TIMES, "12348 法律服务热线咨询次数。" + DECL, "公共法律服务体系建设意见");
        return List.copyOf(l);
    }

    private static void count(List<MetricDefinition> l, String name, String label, MetricUnit unit, String def,
            String source) {
        l.add(new MetricDefinition(name, label, unit, MetricKind.COUNT, def, 1, source));
    }

    private static void rate(List<MetricDefinition> l, String name, String label, String def, String source) {
        l.add(new MetricDefinition(name, label, MetricUnit.PERCENT, MetricKind.RATE, def + "保留两位小数。", 1, source));
    }

    private static void amount(List<MetricDefinition> l, String name, String label, String def, String source) {
        l.add(new MetricDefinition(name, label, MetricUnit.YUAN, MetricKind.AMOUNT, def, 1, source));
    }
}
