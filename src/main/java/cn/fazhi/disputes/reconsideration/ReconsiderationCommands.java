package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The transitions by name, as the API and the case page send them (fields as text): parses and validates the
 * fields with Chinese messages, computes the deadlines a gate needs and runs the aggregate's method through the
 * service, so that API and pages share one path.
 */
@Component
public class ReconsiderationCommands {

    /** The office actions with their Chinese names. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("accept", "受理"), Map.entry("reject", "不予受理"), Map.entry("supplement-request", "通知补正"),
            Map.entry("supplement-received", "收到补正材料"), Map.entry("abandon", "视为放弃申请"),
            Map.entry("convert", "简易程序转普通程序"), Map.entry("copy-to-respondent", "发送申请书副本(答复通知)"),
            Map.entry("hearing", "听取意见/听证"), Map.entry("committee-opinion", "行政复议委员会咨询意见"),
            Map.entry("suspend", "中止"), Map.entry("resume", "恢复审理"), Map.entry("terminate", "终止"),
            Map.entry("mediate", "调解"), Map.entry("extend", "延长审理期限"), Map.entry("decide", "作出决定"),
            Map.entry("serve", "送达"), Map.entry("opinion-letter", "行政复议意见书"), Map.entry("performance", "履行/执行"),
            Map.entry("answer", "被申请人答复"));

    private final ReconsiderationService service;

    public ReconsiderationCommands(ReconsiderationService service) {
        this.service = service;
    }

    public ReconsiderationCase execute(UUID id, String action, Map<String, String> f, FazhiPrincipal actor) {
        CaseDeadlines dl = service.deadlines();
        LocalDate today = service.today();
        return switch (action) {
            case "accept" -> {
                LocalDate on = date(f, "acceptedOn", today);
                Procedure p = Procedure.parse(f.get("procedure"));
                yield service.handle(id, actor, "ACCEPT", c -> c.accept(on, p, service.jurisdiction(c),
                        dl.acceptanceReview(c).due(), today));
            }
            case "reject" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "REJECT", c -> c.rejectAcceptance(on, withCompetentOrgan(c, f.get("reason")),
                        dl.acceptanceReview(c).due(), today));
            }
            case "supplement-request" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "SUPPLEMENT_REQUEST", c -> c.requestSupplement(on, f.get("items"),
                        dl.acceptanceReview(c).due(), today));
            }
            case "supplement-received" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "SUPPLEMENT_RECEIVED", c -> c.supplementReceived(on,
                        dl.supplement(c).due(), today));
            }
            case "abandon" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "ABANDON", c -> c.abandon(on, dl.supplement(c).due()));
            }
            case "convert" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "CONVERT", c -> c.convertProcedure(on, f.get("approvedBy"), today));
            }
            case "copy-to-respondent" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "COPY_TO_RESPONDENT", c -> c.copyToRespondent(on, today));
            }
            case "hearing" -> {
                LocalDate on = date(f, "on", today);
                boolean formal = "true".equalsIgnoreCase(f.get("formal")) || "HEARING".equalsIgnoreCase(f.get("kind"));
                yield service.handle(id, actor, formal ? "HEARING" : "HEAR_VIEWS",
                        c -> c.hearing(on, formal, f.get("panel"), today));
            }
            case "committee-opinion" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "COMMITTEE_OPINION", c -> c.committeeOpinion(on, f.get("opinion"), today));
            }
            case "suspend" -> {
                LocalDate on = date(f, "on", today);
                SuspensionGround g = SuspensionGround.parse(f.get("ground"));
                yield service.handle(id, actor, "SUSPEND", c -> c.suspend(on, g, today));
            }
            case "resume" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "RESUME", c -> c.resume(on, today));
            }
            case "terminate" -> {
                LocalDate on = date(f, "on", today);
                TerminationGround g = TerminationGround.parse(f.get("ground"));
                yield service.handle(id, actor, "TERMINATE", c -> c.terminate(on, g, c.suspendedOn() == null ? null
                        : dl.all(c, on).stream().filter(d -> d.step().equals(CaseDeadlines.SUSPENSION_LAPSE))
                                .map(CaseDeadline::due).findFirst().orElse(null), today));
            }
            case "mediate" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "MEDIATE", c -> c.mediate(on, f.get("terms"), today));
            }
            case "extend" -> {
                LocalDate on = date(f, "on", today);
                int days = integer(f, "days", 30);
                yield service.handle(id, actor, "EXTEND", c -> c.extend(on, days, f.get("approvedBy"),
                        dl.decision(c, on).due(), today));
            }
            case "decide" -> {
                LocalDate on = date(f, "decidedOn", today);
                DecisionType t = DecisionType.parse(f.get("decisionType"));
                yield service.handle(id, actor, "DECIDE", c -> c.decide(on, t, c.copySentOn() == null ? null
                        : dl.all(c, on).stream().filter(d -> d.step().equals(CaseDeadlines.RESPONDENT_ANSWER))
                                .map(CaseDeadline::due).findFirst().orElse(null), today));
            }
            case "serve" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "SERVE", c -> c.serve(on, today));
            }
            case "opinion-letter" -> {
                LocalDate on = date(f, "on", today);
                yield service.handle(id, actor, "OPINION_LETTER", c -> c.opinionLetter(on, f.get("content"), today));
            }
            case "performance" -> {
                LocalDate on = date(f, "on", today);
                boolean performed = !"false".equalsIgnoreCase(f.get("performed"));
                yield service.handle(id, actor, "PERFORMANCE", c -> c.performance(on, performed, f.get("note"), today));
            }
            case "answer" -> service.answer(id, actor, date(f, "on", today), f.get("summary"), null, null);
            default -> throw BusinessException.notFound("操作“" + action + "”");
        };
    }

    /**
     * 第三十条: a refusal for want of jurisdiction tells the applicant the competent organ — added to the reason the
     * office gave (or standing as the reason when it gave none).
     */
    String withCompetentOrgan(ReconsiderationCase c, String reason) {
        Jurisdiction j = service.jurisdiction(c);
        if (j.covered()) {
            return reason;
        }
        return reason == null || reason.isBlank() ? j.refusalNotice() : reason.strip() + ";" + j.refusalNotice();
    }

    static LocalDate date(Map<String, String> f, String field, LocalDate fallback) {
        String v = f.get(field);
        if (v == null && !"on".equals(field)) {
            v = f.get("on");
        }
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "日期“" + v + "”格式不正确,应为 2025-09-26 这样的年-月-日");
        }
    }

    static int integer(Map<String, String> f, String field, int fallback) {
        String v = f.get(field);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid(field, "“" + v + "”不是整数");
        }
    }
}
