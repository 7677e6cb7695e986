package cn.fazhi.disputes.litigation;

import cn.fazhi.disputes.support.CaseFields;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A judicial recommendation (司法建议) or procuratorial recommendation (检察建议) received by the organ {@code orgId},
 * with its reply deadline and the reply. Reply periods:
 * <ul>
 * <li>检察建议: the period the recommendation states; otherwise two months — 最高人民法院、最高人民检察院关于检察公益诉讼案件
 * 适用法律若干问题的解释 第二十一条 (两个月内依法履行职责并书面回复; 15 days in urgent cases such as continuing loss of
 * state assets); 人民检察院组织法(2018) 第二十一条 (reply in writing).</li>
 * <li>司法建议: the period the recommendation states; no statute fixes one, so otherwise the organ's own rule
 * ({@code fazhi.litigation.judicial-reply-days}, default 30 days).</li>
 * </ul>
 */
public final class Recommendation {

    public enum Kind {
        JUDICIAL("司法建议"), PROCURATORIAL("检察建议");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final Period PROCURATORIAL_DEFAULT = new Period(2, PeriodUnit.MONTHS,
            "两高《关于检察公益诉讼案件适用法律若干问题的解释》第二十一条(两个月内书面回复);人民检察院组织法第二十一条");
    static final Period PROCURATORIAL_URGENT = new Period(15, PeriodUnit.NATURAL_DAYS,
            "两高《关于检察公益诉讼案件适用法律若干问题的解释》第二十一条第二款(紧急情形十五日内书面回复)");

    private final long orgId;
    private final UUID id;
    private final Kind kind;
    private final UUID caseId;
    private final String issuer;
    private final String docNumber;
    private final LocalDate receivedOn;
    private final String content;
    private final CaseDeadline reply;
    LocalDate repliedOn;
    String replyText;
    private final int version;

    Recommendation(long orgId, UUID id, Kind kind, UUID caseId, String issuer, String docNumber, LocalDate receivedOn,
            String content, CaseDeadline reply, LocalDate repliedOn, String replyText, int version) {
        this.orgId = orgId;
        this.id = id;
        this.kind = kind;
        this.caseId = caseId;
        this.issuer = issuer;
        this.docNumber = docNumber;
        this.receivedOn = receivedOn;
        this.content = content;
        this.reply = reply;
        this.repliedOn = repliedOn;
        this.replyText = replyText;
        this.version = version;
    }

    /**
     * The reply period: the one the recommendation states (statedDays), else for 检察建议 two months (15 days when
     * urgent), for 司法建议 the organ's default.
     */
    static Period replyPeriod(Kind kind, Integer statedDays, boolean urgent, int judicialDefaultDays) {
        if (statedDays != null) {
            if (statedDays < 1 || statedDays > 366) {
                throw BusinessException.invalid("statedReplyDays", "建议书载明的回复期限应在 1 到 366 日之间");
            }
            return new Period(statedDays, PeriodUnit.NATURAL_DAYS, kind.label() + "书载明的回复期限");
        }
        if (kind == Kind.PROCURATORIAL) {
            return urgent ? PROCURATORIAL_URGENT : PROCURATORIAL_DEFAULT;
        }
        return new Period(judicialDefaultDays, PeriodUnit.NATURAL_DAYS,
                "司法建议书未载明回复期限,按本机关规则(fazhi.litigation.judicial-reply-days,非法定期限);最高人民法院关于加强司法建议工作的意见");
    }

    static Recommendation receive(long orgId, UUID id, Kind kind, UUID caseId, String issuer, String docNumber,
            LocalDate receivedOn, String content, Period period, LocalDate today, LitigationCase.Calendar calendar) {
        if (kind == null) {
            throw BusinessException.invalid("kind", "请选择建议类型:JUDICIAL(司法建议)或 PROCURATORIAL(检察建议)");
        }
        String is = CaseFields.required("issuer", issuer, "提出机关", 200);
        String no = CaseFields.required("docNumber", docNumber, "建议书文号", 100);
        String c = CaseFields.required("content", content, "建议内容", 4000);
        CaseFields.notFuture("receivedOn", receivedOn, today, "收到日期");
        Deadline d = calendar.apply(receivedOn, period);
        return new Recommendation(orgId, id, kind, caseId, is, no, receivedOn, c, CaseDeadline.of("REPLY", d), null, null, 0);
    }

    void answer(LocalDate on, String text, LocalDate today) {
        if (repliedOn != null) {
            throw new BusinessException("INVALID_STATE", kind.label() + "当前状态为“已回复”(" + repliedOn + "),不能再次回复", 409);
        }
        CaseFields.notFuture("repliedOn", on, today, "回复日期");
        CaseFields.notBefore("repliedOn", on, receivedOn, "回复日期", "收到日期");
        this.replyText = CaseFields.required("text", text, "回复内容(采纳及整改落实情况)", 4000);
        this.repliedOn = on;
    }

    public boolean repliedOnTime() {
        return repliedOn != null && !repliedOn.isAfter(reply.due());
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("docNumber", docNumber);
        m.put("replyDue", reply.due().toString());
        m.put("repliedOn", repliedOn == null ? null : repliedOn.toString());
        return m;
    }

    public long orgId() { return orgId; }
    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public UUID caseId() { return caseId; }
    public String issuer() { return issuer; }
    public String docNumber() { return docNumber; }
    public LocalDate receivedOn() { return receivedOn; }
    public String content() { return content; }
    public CaseDeadline reply() { return reply.open() && repliedOn != null ? reply.done(repliedOn) : reply; }
    public LocalDate repliedOn() { return repliedOn; }
    public String replyText() { return replyText; }
    public String stateLabel() { return repliedOn == null ? "待回复" : "已回复"; }
    public int version() { return version; }
}
