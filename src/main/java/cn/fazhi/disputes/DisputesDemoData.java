package cn.fazhi.disputes;

import cn.fazhi.disputes.litigation.LitigationCase;
import cn.fazhi.disputes.litigation.LitigationService;
import cn.fazhi.disputes.litigation.LitigationService.DecisionRequest;
import cn.fazhi.disputes.litigation.LitigationService.HearingRequest;
import cn.fazhi.disputes.litigation.LitigationService.NewRecommendation;
import cn.fazhi.disputes.litigation.LitigationService.Upload;
import cn.fazhi.disputes.litigation.Recommendation;
import cn.fazhi.disputes.mediation.MediationCase;
import cn.fazhi.disputes.mediation.MediationService;
import cn.fazhi.disputes.petition.Petition;
import cn.fazhi.disputes.petition.PetitionService;
import cn.fazhi.disputes.reconsideration.Channel;
import cn.fazhi.disputes.reconsideration.ReconsiderationCase;
import cn.fazhi.disputes.reconsideration.ReconsiderationCommands;
import cn.fazhi.disputes.reconsideration.ReconsiderationService;
import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Demo disputes of 示范市 (demo profile, after the demo city and before the demo annual report, which counts them):
 * reconsideration cases in every main state, litigation cases with head and excused staff appearances, won, lost and
 * appealed, a judicial recommendation answered, mediation cases and petitions, across 2025 and 2026. Every record is
 * entered through the domain services as the demo users (so states, deadlines, timelines, documents and audit are
 * real), on fixed days so that the figures do not move (all days are before 2026-11-28). Idempotent: skipped when the
 * first demo litigation case exists. One transaction. {@code fazhi.demo.disputes=false} leaves it out (the test
 * profile does, so that other tests count only their own records); the figures are listed in docs/parts/demo-accounts.md.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = {"fazhi.demo.enabled", "fazhi.demo.disputes"}, havingValue = "true")
class DisputesDemoData implements ApplicationRunner {

    /** The marker of a loaded demo set: the first litigation case. */
    static final String MARKER_CASE = "(2025)示0102行初15号";
    static final String COURT = "示范市东城区人民法院";
    static final String APPEAL_COURT = "示范市中级人民法院";

    private static final Logger log = LoggerFactory.getLogger(DisputesDemoData.class);

    private final JdbcTemplate jdbc;
    private final JdbcAccountDirectory directory;
    private final ReconsiderationService reconsideration;
    private final ReconsiderationCommands commands;
    private final LitigationService litigation;
    private final MediationService mediation;
    private final PetitionService petitions;
    private final TransactionTemplate tx;

    DisputesDemoData(JdbcTemplate jdbc, JdbcAccountDirectory directory, ReconsiderationService reconsideration,
            ReconsiderationCommands commands, LitigationService litigation, MediationService mediation,
            PetitionService petitions, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.reconsideration = reconsideration;
        this.commands = commands;
        this.litigation = litigation;
        this.mediation = mediation;
        this.petitions = petitions;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from litigation_case where case_number = ?",
                Integer.class, MARKER_CASE);
        if (existing != null && existing > 0) {
            log.info("Demo disputes present: not loaded again");
            return;
        }
        for (String u : List.of("sfj", "gaj", "czj", "dcjd", "xcjd")) {
            if (directory.loadByUsername(u).isEmpty()) {
                log.warn("Demo disputes not loaded: demo user {} missing", u);
                return;
            }
        }
        var context = SecurityContextHolder.getContext();
        try {
            tx.executeWithoutResult(status -> {
                reconsideration();
                litigation();
                mediation();
                petitions();
            });
            log.info("Demo disputes loaded");
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.setContext(context);
        }
    }

    // ---- reconsideration: 示范市人民政府 as the organ, 市司法局 as its office ------------------------------------------

    private void reconsideration() {
        // 2025: 12 applications, 1 not accepted, 9 concluded in 2025 (6 decisions of 6 types, 2 terminations, 1 调解书)
        ReconsiderationCase c = receive("2025-02-10", "市公安局", "王建国", "不服市公安局作出的罚款500元的治安管理处罚决定");
        ordinaryToDecision(c, "gaj", "2025-02-12", "2025-02-13", "2025-02-24", "2025-03-05", "UPHELD", "2025-03-20");
        run(c, "serve", "on", "2025-03-24");

        c = receive("2025-03-03", "市财政局", "示范市顺达商贸有限公司", "不服市财政局作出的政府采购投诉处理决定");
        run(c, "accept", "acceptedOn", "2025-03-05", "procedure", "SIMPLE");
        run(c, "copy-to-respondent", "on", "2025-03-06");
        answer(c, "czj", "2025-03-11");
        run(c, "decide", "decidedOn", "2025-03-28", "decisionType", "REVOKED");
        run(c, "serve", "on", "2025-04-01");

        c = receive("2025-04-07", "东城街道办事处", "赵丽", "不服东城街道办事处责令限期拆除违法建设的决定");
        run(c, "supplement-request", "on", "2025-04-09", "items", "请补充提交行政行为的书面决定书复印件和申请人身份证明");
        run(c, "supplement-received", "on", "2025-04-15");
        ordinaryToDecision(c, "dcjd", "2025-04-17", "2025-04-18", "2025-04-28", "2025-05-08", "CONFIRMED_ILLEGAL",
                "2025-05-30");

        c = receive("2025-05-12", "市公安局", "孙志强", "不服市公安局作出的行政拘留五日的处罚决定");
        run(c, "accept", "acceptedOn", "2025-05-14", "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", "2025-05-15");
        answer(c, "gaj", "2025-05-26");
        run(c, "suspend", "on", "2025-06-02", "ground", "MEDIATION_OR_SETTLEMENT");
        run(c, "resume", "on", "2025-06-16");
        run(c, "terminate", "on", "2025-06-20", "ground", "WITHDRAWN_AFTER_MEDIATION");

        c = receive("2025-06-09", "市财政局", "钱芳", "不服市财政局作出的会计违法行为罚款决定");
        run(c, "accept", "acceptedOn", "2025-06-11", "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", "2025-06-12");
        answer(c, "czj", "2025-06-20");
        run(c, "terminate", "on", "2025-07-01", "ground", "WITHDRAWN");

        c = receive("2025-07-14", "市公安局", "周某", "不服市公安局2024年12月作出的交通违法处罚决定");
        run(c, "reject", "on", "2025-07-16", "reason", "申请超过六十日的法定申请期限且无正当理由(行政复议法第二十条)");

        c = receive("2025-08-04", "西城街道办事处", "吴秀兰", "申请责令西城街道办事处履行最低生活保障审核职责");
        ordinaryToDecision(c, "xcjd", "2025-08-06", "2025-08-07", "2025-08-15", "2025-08-27", "ORDERED_TO_PERFORM",
                "2025-09-10");
        run(c, "serve", "on", "2025-09-12");

        c = receive("2025-09-01", "市公安局", "郑海", "不服市公安局作出的没收非法财物决定");
        ordinaryToDecision(c, "gaj", "2025-09-03", "2025-09-04", "2025-09-12", "2025-09-26", "CHANGED", "2025-10-20");

        c = receive("2025-10-09", "市财政局", "冯磊", "不服市财政局作出的政府信息公开答复");
        run(c, "accept", "acceptedOn", "2025-10-10", "procedure", "SIMPLE");
        run(c, "copy-to-respondent", "on", "2025-10-13");
        answer(c, "czj", "2025-10-17");
        run(c, "decide", "decidedOn", "2025-10-31", "decisionType", "CLAIM_REJECTED");

        c = receive("2025-11-03", "东城街道办事处", "陈立", "不服东城街道办事处作出的房屋征收补偿决定");
        run(c, "accept", "acceptedOn", "2025-11-05", "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", "2025-11-06");
        answer(c, "dcjd", "2025-11-14");
        run(c, "hearing", "on", "2025-12-10", "formal", "true", "panel", "李明(主持人)、张华、刘洋");
        run(c, "extend", "on", "2025-12-30", "days", "30", "approvedBy", "市司法局行政复议科科长");
        run(c, "decide", "decidedOn", "2026-01-30", "decisionType", "UPHELD"); // concluded in 2026: pending at the end of 2025

        c = receive("2025-12-01", "市公安局", "褚明", "不服市公安局作出的警告处罚决定");
        run(c, "accept", "acceptedOn", "2025-12-03", "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", "2025-12-04");
        answer(c, "gaj", "2025-12-12");
        run(c, "mediate", "on", "2025-12-26", "terms", "被申请人将警告决定中认定的违法情节予以更正,申请人对处理结果无异议");

        c = receive("2025-12-15", "西城街道办事处", "卫东", "不服西城街道办事处作出的占道经营处理决定");
        run(c, "accept", "acceptedOn", "2025-12-17", "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", "2025-12-18");
        run(c, "suspend", "on", "2026-01-05", "ground", "DEPENDS_ON_OTHER_CASE"); // still suspended

        // 2026: 8 applications
        c = receive("2026-03-02", "市公安局", "蒋涛", "不服市公安局作出的罚款200元的处罚决定");
        ordinaryToDecision(c, "gaj", "2026-03-04", "2026-03-05", "2026-03-13", "2026-03-25", "UPHELD", "2026-04-10");

        c = receive("2026-05-11", "市财政局", "沈阳", "不服市财政局作出的行政事业性收费决定");
        run(c, "accept", "acceptedOn", "2026-05-12", "procedure", "SIMPLE");
        run(c, "copy-to-respondent", "on", "2026-05-13");
        answer(c, "czj", "2026-05-18");
        run(c, "decide", "decidedOn", "2026-06-05", "decisionType", "REVOKED");

        c = receive("2026-06-15", "市市场监管局", "韩梅", "对市市场监管局的投诉举报处理结果不服");
        run(c, "reject", "on", "2026-06-17", "reason", "投诉举报处理结果未对申请人的合法权益产生实际影响,不属于行政复议范围(行政复议法第十二条)");

        c = receive("2026-07-06", "市公安局", "杨帆", "不服市公安局作出的收缴决定");
        ordinaryToDecision(c, "gaj", "2026-07-08", "2026-07-09", "2026-07-17", "2026-07-29", "CONFIRMED_ILLEGAL",
                "2026-08-14");
        run(c, "serve", "on", "2026-08-18");

        c = receive("2026-09-07", "东城街道办事处", "朱红", "不服东城街道办事处作出的责令停止施工通知");
        run(c, "accept", "acceptedOn", "2026-09-09", "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", "2026-09-10");
        answer(c, "dcjd", "2026-09-18"); // pending, answered

        c = receive("2026-10-12", "西城街道办事处", "秦岭", "不服西城街道办事处作出的拆除广告牌决定");
        run(c, "accept", "acceptedOn", "2026-10-14", "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", "2026-10-15");
        run(c, "suspend", "on", "2026-10-26", "ground", "FORCE_MAJEURE");

        c = receive("2026-11-16", "市公安局", "尤佳", "不服市公安局作出的暂扣机动车驾驶证决定");
        run(c, "supplement-request", "on", "2026-11-18", "items", "请补充提交被申请复议的行政行为的书面材料");

        receive("2026-11-26", "市财政局", "许诺", "不服市财政局作出的政府采购供应商不良行为记录决定");
    }

    private ReconsiderationCase receive(String on, String respondent, String applicant, String act) {
        return reconsideration.receive(new ReconsiderationService.Application(LocalDate.parse(on), applicant, null,
                respondent, act, Channel.IN_PERSON, null), signIn("sfj"));
    }

    private void ordinaryToDecision(ReconsiderationCase c, String respondentUser, String accepted, String copied,
            String answered, String heard, String type, String decided) {
        run(c, "accept", "acceptedOn", accepted, "procedure", "ORDINARY");
        run(c, "copy-to-respondent", "on", copied);
        answer(c, respondentUser, answered);
        run(c, "hearing", "on", heard, "formal", "false");
        run(c, "decide", "decidedOn", decided, "decisionType", type);
    }

    private void run(ReconsiderationCase c, String action, String... kv) {
        Map<String, String> f = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            f.put(kv[i], kv[i + 1]);
        }
        commands.execute(c.id(), action, f, signIn("sfj"));
    }

    private void answer(ReconsiderationCase c, String respondentUser, String on) {
        reconsideration.answer(c.id(), signIn(respondentUser), LocalDate.parse(on),
                "认为原行政行为事实清楚、证据确凿、适用依据正确、程序合法", null, null);
    }

    // ---- litigation: the defendant departments record their own cases --------------------------------------------

    private void litigation() {
        // 2025: 5 new cases, heads appeared at 4 of 6 hearings, 2 of 4 concluded cases lost
        FazhiPrincipal gaj = signIn("gaj");
        LitigationCase l = newCase(gaj, null, MARKER_CASE, COURT, "李强", "不服市公安局治安管理处罚决定", "2025-03-10");
        litigation.fileDefence(l.id(), d("2025-03-20"), List.of(), gaj);
        head(l, gaj, "2025-05-12", "王振华", "副局长", "DEPUTY");
        litigation.decide(l.id(), new DecisionRequest("DISMISS_CLAIM", d("2025-06-20"), d("2025-06-25"), null), gaj);
        litigation.becomeEffective(l.id(), gaj);
        litigation.close(l.id(), d("2025-07-20"), gaj);

        FazhiPrincipal czj = signIn("czj");
        l = newCase(czj, null, "(2025)示0102行初38号", COURT, "示范市恒远建设有限公司", "不服市财政局政府采购投诉处理决定",
                "2025-04-14");
        litigation.fileDefence(l.id(), d("2025-04-25"), List.of(), czj);
        litigation.recordHearing(l.id(), new HearingRequest(d("2025-06-17"), "STAFF", null, null, null, "刘静、马骏",
                "OFFICIAL_DUTY", "局长同日参加省财政厅专题会议", null), new Upload("负责人不能出庭情况说明.txt", "text/plain",
                "市财政局局长因参加省财政厅专题会议不能出庭,委托工作人员刘静、马骏出庭应诉。(加盖市财政局公章)"
                        .getBytes(StandardCharsets.UTF_8)), czj);
        litigation.decide(l.id(), new DecisionRequest("REVOKE", d("2025-07-30"), d("2025-08-02"), null), czj);
        litigation.appeal(l.id(), d("2025-08-12"), "ORGAN", czj);
        head(l, czj, "2025-10-15", "陈国栋", "局长", "PRINCIPAL");
        litigation.decide(l.id(), new DecisionRequest("APPEAL_DISMISSED", d("2025-11-20"), d("2025-11-25"), null), czj); // final on service
        litigation.perform(l.id(), d("2025-12-22"), "已撤销原投诉处理决定并重新作出处理", czj);
        Recommendation r = litigation.receiveRecommendation(new NewRecommendation("JUDICIAL", l.id(), null, APPEAL_COURT,
                "(2025)示中法司建字第3号", d("2025-12-01"), "建议规范政府采购投诉处理程序,按期书面告知当事人", null, false), czj);
        litigation.replyRecommendation(r.id(), d("2025-12-19"), "已修订政府采购投诉处理工作规程,明确书面告知的时限和方式", czj);

        FazhiPrincipal dcjd = signIn("dcjd");
        l = newCase(dcjd, null, "(2025)示0102行初61号", COURT, "黄志明", "不服东城街道办事处强制拆除行为", "2025-06-02");
        litigation.fileDefence(l.id(), d("2025-06-13"), List.of(), dcjd);
        head(l, dcjd, "2025-08-18", "林峰", "主任", "PRINCIPAL");
        litigation.decide(l.id(), new DecisionRequest("CONFIRM_ILLEGAL", d("2025-09-26"), d("2025-09-30"), null), dcjd);
        litigation.becomeEffective(l.id(), dcjd);
        litigation.perform(l.id(), d("2025-11-10"), "已与原告就损失补偿达成协议并履行", dcjd);

        gaj = signIn("gaj");
        l = newCase(gaj, null, "(2025)示0102行初97号", COURT, "马丽", "不服市公安局户口登记行为", "2025-09-01");
        litigation.fileDefence(l.id(), d("2025-09-12"), List.of(), gaj);
        head(l, gaj, "2025-11-10", "王振华", "副局长", "DEPUTY");
        litigation.decide(l.id(), new DecisionRequest("DISMISS_CLAIM", d("2025-12-18"), d("2025-12-22"), null), gaj);
        litigation.becomeEffective(l.id(), gaj);

        FazhiPrincipal sfj = signIn("sfj");
        l = newCase(sfj, "市市场监管局", "(2025)示0102行初112号", COURT, "示范市佳美食品有限公司", "不服市市场监管局行政处罚决定",
                "2025-10-13");
        litigation.fileDefence(l.id(), d("2025-10-24"), List.of(), sfj);
        litigation.recordHearing(l.id(), new HearingRequest(d("2025-12-02"), "STAFF", null, null, null, "执法科 周敏",
                "NONE", null, null), null, sfj); // 负责人未出庭, no legitimate reason: pending judgment

        // 2026: 2 new cases
        gaj = signIn("gaj");
        l = newCase(gaj, null, "(2026)示0102行初20号", COURT, "高远", "不服市公安局政府信息公开答复", "2026-02-09");
        litigation.fileDefence(l.id(), d("2026-02-18"), List.of(), gaj);
        head(l, gaj, "2026-04-20", "赵国庆", "局长", "PRINCIPAL");
        litigation.decide(l.id(), new DecisionRequest("DISMISS_COMPLAINT", d("2026-05-15"), d("2026-05-18"), null), gaj);
        czj = signIn("czj");
        l = newCase(czj, null, "(2026)示0102行初57号", COURT, "罗斌", "不服市财政局行政事业性收费决定", "2026-05-18");
        litigation.fileDefence(l.id(), d("2026-05-29"), List.of(), czj);
    }

    private LitigationCase newCase(FazhiPrincipal user, String defendant, String number, String court, String plaintiff,
            String cause, String received) {
        return litigation.receive(new LitigationService.NewCase(defendant, number, court, plaintiff, cause, d(received)),
                user);
    }

    private void head(LitigationCase l, FazhiPrincipal user, String on, String name, String post, String role) {
        litigation.recordHearing(l.id(), new HearingRequest(d(on), "HEAD", name, post, role, null, null, null, null), null,
                user);
    }

    // ---- mediation -----------------------------------------------------------------------------------------------

    private void mediation() {
        // 2025: 5 applications, 1 declined, 4 closed (3 with agreement, 1 failed)
        mediate("gaj", "2025-03-05", "张伟", "李娜", "TRAFFIC", "两车追尾造成车辆损失,双方对赔偿数额有争议", "SUCCEEDED", "2025-03-20");
        mediate("dcjd", "2025-04-10", "东城花园业主刘某", "示范市安居物业服务有限公司", "CONSTRUCTION", "小区电梯维修费用分摊争议",
                "SUCCEEDED", "2025-05-08");
        mediate("xcjd", "2025-06-02", "何勇", "示范市鑫源建材商行", "LABOUR", "拖欠劳务报酬争议", "FAILED", "2025-07-01");
        mediate("gaj", "2025-08-11", "邓超", "邻居谢某", "PUBLIC_SECURITY", "邻里纠纷引发的治安案件中的医药费赔偿", "SUCCEEDED",
                "2025-08-25");
        MediationCase m = mediation.receive(new MediationService.NewCase(null, "曹某", "某网店经营者", "CONSUMER",
                "网购商品质量争议", d("2025-10-20")), signIn("dcjd"));
        mediation.decline(m.id(), d("2025-10-22"), "被申请人不同意调解,已告知申请人可向市场监管部门投诉或向人民法院起诉", signIn("dcjd"));
        // 2026: 2 applications, 1 closed with agreement, 1 pending
        mediate("xcjd", "2026-05-06", "彭某", "示范市绿城物业公司", "CONSTRUCTION", "物业服务费收取争议", "SUCCEEDED", "2026-05-27");
        mediate("dcjd", "2026-11-16", "袁某", "东城农贸市场管理方", "OTHER", "摊位租赁合同纠纷", null, null);
    }

    private void mediate(String user, String received, String applicant, String other, String type, String summary,
            String outcome, String closed) {
        FazhiPrincipal p = signIn(user);
        MediationCase m = mediation.receive(new MediationService.NewCase(null, applicant, other, type, summary, d(received)), p);
        LocalDate accepted = d(received).plusDays(2);
        mediation.accept(m.id(), new MediationService.AcceptRequest(accepted, true, true), p);
        mediation.addSession(m.id(), accepted.plusDays(5), "调解员 " + p.displayName(), "组织双方当事人面对面调解,释明法律规定", p);
        if (outcome != null) {
            boolean ok = outcome.equals("SUCCEEDED");
            mediation.conclude(m.id(), new MediationService.OutcomeRequest(outcome, d(closed),
                    ok ? "双方自愿达成调解协议,约定履行方式和期限" : null, ok ? null : "双方分歧较大,调解不成,已告知可依法申请仲裁或提起诉讼"), p);
        }
    }

    // ---- petitions: 市信访局 registers (as 市司法局's legal office here), the responsible units reply --------------

    private void petitions() {
        // 2025: 5 registered, 4 replied (all in time)
        Petition p = register("sfj", "市信访局", "LETTER", "刘某等3人", "反映工伤保险待遇未按时核发", "CLAIM", "2025-02-17");
        petitions.accept(p.id(), new PetitionService.AcceptRequest(d("2025-02-20"), "市财政局"), signIn("sfj"));
        petitions.reply(p.id(), new PetitionService.ReplyRequest(d("2025-04-10"), "SUPPORTED", "经核查属实,已协调相关单位于4月底前核发"),
                signIn("czj"));
        petitions.evaluate(p.id(), "SATISFIED", signIn("czj"));
        petitions.close(p.id(), d("2025-04-15"), signIn("czj"));

        p = register("sfj", "市信访局", "VISIT", "孔某", "反映东城街道老旧小区改造施工扰民", "CLAIM", "2025-05-06");
        petitions.accept(p.id(), new PetitionService.AcceptRequest(d("2025-05-08"), "东城街道办事处"), signIn("sfj"));
        petitions.reply(p.id(), new PetitionService.ReplyRequest(d("2025-06-30"), "EXPLAINED",
                "施工时间符合规定,已要求施工单位采取降噪措施"), signIn("dcjd"));
        petitions.evaluate(p.id(), "DISSATISFIED", signIn("dcjd"));
        petitions.requestReview(p.id(), d("2025-07-15"), signIn("sfj"));
        petitions.reviewOpinion(p.id(), new PetitionService.DatedText(d("2025-08-10"), "原处理意见正确,予以维持"), signIn("sfj"));
        petitions.close(p.id(), d("2025-09-15"), signIn("sfj"));

        p = register("gaj", null, "PHONE", "严某", "反映辖区夜间噪声扰民处理不及时", "CLAIM", "2025-07-01");
        petitions.accept(p.id(), new PetitionService.AcceptRequest(d("2025-07-03"), "市公安局"), signIn("gaj"));
        petitions.reply(p.id(), new PetitionService.ReplyRequest(d("2025-08-20"), "NOT_SUPPORTED",
                "经调查,相关场所噪声未超过标准,已加强巡查"), signIn("gaj"));
        petitions.evaluate(p.id(), "BASICALLY_SATISFIED", signIn("gaj"));
        petitions.close(p.id(), d("2025-08-25"), signIn("gaj"));

        p = register("sfj", "市信访局", "ONLINE", "金某", "对市公安局罚款决定不服,要求撤销", "CLAIM", "2025-09-08");
        petitions.route(p.id(), new PetitionService.RouteRequest(d("2025-09-10"), "RECONSIDERATION",
                "属于依法应当通过行政复议途径解决的事项,已告知可向示范市人民政府申请行政复议"), signIn("sfj"));

        // received by 市财政局, which has no power over the matter: forwarded to 西城街道 (第二十二条、第二十三条)
        p = register("czj", null, "LETTER", "魏某", "建议增设西城街道便民服务点", "SUGGESTION", "2025-11-03");
        petitions.forward(p.id(), new PetitionService.ForwardRequest(d("2025-11-04"), "西城街道办事处", "TRANSFER",
                "便民服务点设置属街道办事处职责"), signIn("czj"));
        petitions.accept(p.id(), new PetitionService.AcceptRequest(d("2025-11-06"), "西城街道办事处"), signIn("xcjd"));
        petitions.reply(p.id(), new PetitionService.ReplyRequest(d("2025-12-19"), "SUPPORTED", "已纳入2026年便民服务点建设计划"),
                signIn("xcjd"));
        petitions.evaluate(p.id(), "SATISFIED", signIn("xcjd"));

        // 2026: 3 registered, 1 replied in time, 1 overdue without a reply, 1 awaiting the acceptance decision
        p = register("sfj", "市信访局", "ONLINE", "陶某", "反映西城街道菜市场占道经营", "CLAIM", "2026-03-09");
        petitions.accept(p.id(), new PetitionService.AcceptRequest(d("2026-03-11"), "西城街道办事处"), signIn("sfj"));
        petitions.reply(p.id(), new PetitionService.ReplyRequest(d("2026-04-28"), "SUPPORTED", "已联合城管部门完成整治"),
                signIn("xcjd"));
        petitions.evaluate(p.id(), "SATISFIED", signIn("xcjd"));

        p = register("sfj", "市信访局", "LETTER", "姜某", "反映户籍迁移办理久拖不决", "CLAIM", "2026-08-03");
        petitions.accept(p.id(), new PetitionService.AcceptRequest(d("2026-08-05"), "市公安局"), signIn("sfj"));
        // not replied: the 60-day period ran out on 2026-10-04 (overdue)

        register("sfj", "市信访局", "VISIT", "戚某", "反映东城街道拆迁安置房交付延期", "CLAIM", "2026-11-23");
    }

    private Petition register(String user, String organ, String channel, String petitioner, String matter,
            String category, String received) {
        return petitions.receive(new PetitionService.NewPetition(organ, channel, petitioner, matter, category, d(received)),
                signIn(user));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private FazhiPrincipal signIn(String username) {
        FazhiPrincipal p = directory.loadByUsername(username).orElseThrow();
        var own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(own);
        return p;
    }
}
