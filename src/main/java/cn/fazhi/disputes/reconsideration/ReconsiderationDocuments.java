package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.documents.OfficialDocument;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The documents a transition produces, as GB/T 9704 .docx (platform.documents.OfficialDocument): 受理通知书,
 * 补正通知书, 不予受理决定书, 提出答复通知书, 行政复议决定书, 行政复议调解书, 终止行政复议决定书.
 */
@Component
public class ReconsiderationDocuments {

    public record Generated(String kind, String title, String filename, byte[] bytes) {
    }

    Generated forEntry(ReconsiderationCase c, ReconsiderationCase.Entry e, String organ, String respondent,
            List<CaseDeadline> deadlines) {
        String decisionDue = deadlines.stream().filter(d -> d.step().equals(CaseDeadlines.DECISION)).findFirst()
                .map(d -> OfficialDocument.chineseDate(d.due())).orElse("");
        String answerDue = deadlines.stream().filter(d -> d.step().equals(CaseDeadlines.RESPONDENT_ANSWER)).findFirst()
                .map(d -> OfficialDocument.chineseDate(d.due())).orElse("");
        String supplementDue = deadlines.stream().filter(d -> d.step().equals(CaseDeadlines.SUPPLEMENT)).findFirst()
                .map(d -> OfficialDocument.chineseDate(d.due())).orElse("");
        String act = "申请人" + c.applicant() + "不服" + respondent + "作出的行政行为(" + c.actDescription() + ")";
        return switch (e.action()) {
            case "ACCEPT", "DEEMED_ACCEPTED" -> doc("ACCEPTANCE_NOTICE", "行政复议受理通知书", c, organ, c.applicant() + ":",
                    List.of(act + ",于" + OfficialDocument.chineseDate(c.receivedOn()) + "向本机关申请行政复议。经审查,该申请符合"
                            + "《中华人民共和国行政复议法》第三十条规定的受理条件,本机关决定自" + OfficialDocument.chineseDate(c.acceptedOn())
                            + "起受理,适用" + c.procedure().label() + "审理。",
                            "本案应于" + decisionDue + "前作出行政复议决定(第六十二条)。"), e);
            case "SUPPLEMENT_REQUEST" -> doc("SUPPLEMENT_NOTICE", "行政复议补正申请材料通知书", c, organ, c.applicant() + ":",
                    List.of(act + ",本机关于" + OfficialDocument.chineseDate(c.receivedOn()) + "收到你的行政复议申请。经审查,申请材料不齐全或者表述不清楚,"
                            + "需要补正:" + e.detail().replaceFirst("^一次性书面通知补正:", "") + "。",
                            "请于" + supplementDue + "前(收到本通知之日起十日内)提交补正材料。无正当理由逾期不补正的,视为放弃行政复议申请"
                                    + "(《中华人民共和国行政复议法》第三十一条)。"), e);
            case "REJECT" -> doc("NOT_ACCEPTED_DECISION", "不予受理行政复议申请决定书", c, organ, c.applicant() + ":",
                    List.of(act + ",于" + OfficialDocument.chineseDate(c.receivedOn()) + "向本机关申请行政复议。",
                            "经审查," + c.notAcceptedReason() + "。根据《中华人民共和国行政复议法》第三十条的规定,本机关决定不予受理。",
                            "如不服本决定,可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。"), e);
            case "COPY_TO_RESPONDENT" -> doc("ANSWER_NOTICE", "提出答复通知书", c, organ, respondent + ":",
                    List.of(act + ",本机关已依法受理。现将行政复议申请书副本发送你单位。",
                            "请你单位于" + answerDue + "前(收到本通知之日起" + c.procedure().answerDays + "日内),提出书面答复,并提交作出该行政行为的"
                                    + "证据、依据和其他有关材料(《中华人民共和国行政复议法》" + c.procedure().copyArticle().replace("行政复议法(2023) ", "") + ")。",
                            "逾期不答复、不提交的,视为该行政行为没有证据、依据(第七十条)。"), e);
            case "DECIDE" -> doc("DECISION", "行政复议决定书", c, organ, null,
                    List.of("申请人:" + c.applicant() + "。被申请人:" + respondent + "。",
                            act + ",于" + OfficialDocument.chineseDate(c.receivedOn()) + "向本机关申请行政复议,本机关依法于"
                                    + OfficialDocument.chineseDate(c.acceptedOn()) + "受理,适用" + c.procedure().label() + "审理。",
                            "本机关根据《中华人民共和国行政复议法》" + c.decisionType().basis().replace("行政复议法(2023) ", "")
                                    + "的规定,决定:" + c.decisionType().label() + "。",
                            "申请人如不服本决定,可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。本决定书自送达之日起发生法律效力。"), e);
            case "MEDIATE" -> doc("MEDIATION", "行政复议调解书", c, organ, null,
                    List.of(act + "一案,经本机关调解,当事人自愿达成如下协议:" + e.detail().replaceFirst("^达成调解协议,制作行政复议调解书:", "") + "。",
                            "本调解书经各方当事人签字,加盖本机关印章,即具有法律效力(《中华人民共和国行政复议法》第七十三条)。"), e);
            case "TERMINATE" -> doc("TERMINATION", "终止行政复议决定书", c, organ, c.applicant() + ":",
                    List.of(act + "一案,本机关于" + OfficialDocument.chineseDate(c.acceptedOn()) + "受理。",
                            "因" + c.terminationGround().label() + ",根据《中华人民共和国行政复议法》"
                                    + c.terminationGround().basis().replace("行政复议法(2023) ", "") + "的规定,本机关决定终止行政复议。"), e);
            default -> null;
        };
    }

    private static Generated doc(String kind, String title, ReconsiderationCase c, String organ, String addressee,
            List<String> paragraphs, ReconsiderationCase.Entry e) {
        OfficialDocument d = OfficialDocument.builder().title(title).number(c.caseNo());
        if (addressee != null) {
            d.addressee(addressee);
        }
        paragraphs.forEach(d::paragraph);
        d.signature(organ).date(e.on());
        String file = title + "-" + c.caseNo().replaceAll("[〔〕]", "") + ".docx";
        return new Generated(kind, title, file, d.toBytes());
    }
}
