package cn.fazhi.plan.supervision;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.plan.progress.LedgerWorkbook;
import cn.fazhi.plan.progress.PlanTaskLookup;
import cn.fazhi.plan.progress.TaskRef;
import cn.fazhi.plan.TaskStatus;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.documents.OfficialDocument;
import cn.fazhi.platform.files.AttachmentInfo;
import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision notices (督办通知): issue (催办 → 督办 → 约谈 / 通报, each with a number, a reply deadline from the
 * statutory calendar and a generated .docx in the GB/T 9704 layout), reply by the target unit, close by the office;
 * and the supervision ledger (督办台账).
 */
@Service
public class SupervisionService {

    private static final int NUMBER_ATTEMPTS = 8;

    private final SupervisionNotices notices;
    private final PlanTaskLookup tasks;
    private final StatutoryCalendar calendar;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    SupervisionService(SupervisionNotices notices, PlanTaskLookup tasks, StatutoryCalendar calendar,
            Attachments attachments, AuditLog audit, Clock clock, PlatformTransactionManager txManager) {
        this.notices = notices;
        this.tasks = tasks;
        this.calendar = calendar;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
    }

    /** A file sent with a reply. */
    public record Upload(String filename, String contentType, byte[] bytes) {
    }

    /** The request to issue a notice. */
    public record IssueRequest(UUID taskId, String level, String reason) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Issues a notice on a task to its lead unit. The number is the next of its level and year for the plan's
     * organisation; two notices issued at once both get a number: the loser of the unique key retries in a new
     * transaction with the next serial.
     */
    public SupervisionNotice issue(IssueRequest req, FazhiPrincipal user) {
        Access.require(user, PlanPermission.SUPERVISE);
        if (req == null || req.taskId() == null) {
            throw BusinessException.invalid("taskId", "请选择要督办的任务");
        }
        NoticeLevel level = NoticeLevel.parse("level", req.level());
        String reason = SupervisionNotice.cleanReason(req.reason());
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            try {
                return tx.execute(s -> issueOnce(req.taskId(), level, reason, user));
            } catch (DuplicateKeyException e) {
                last = e; // another notice took this number first: take the next one
            }
        }
        throw new BusinessException("NUMBER_CONFLICT", "发文字号分配冲突,请重试", 409);
    }

    private SupervisionNotice issueOnce(UUID taskId, NoticeLevel level, String reason, FazhiPrincipal user) {
        TaskRef task = tasks.visible(taskId, user);
        if (!tasks.covers(user, task.supervisorOrgId())) {
            throw BusinessException.forbidden("只有方案督办单位(" + task.supervisorOrgName() + ")才能发出督办通知");
        }
        if (task.status() == TaskStatus.COMPLETED) {
            throw new BusinessException("TASK_COMPLETED", "该任务已经审核确认完成,无需再" + level.label(), 409);
        }
        EscalationPolicy.check(level, notices.levelsOnTask(task.orgId(), task.id()));
        LocalDate today = LocalDate.now(clock);
        Deadline due = calendar.due(today, level.replyPeriod());
        String prefix = level.prefix() + "〔" + today.getYear() + "〕";
        int serial = NoticeNumbers.next(level, today.getYear(), notices.numbersLike(task.orgId(), prefix));
        OffsetDateTime now = now();
        SupervisionNotice n = new SupervisionNotice(task.orgId(), UUID.randomUUID(),
                NoticeNumbers.format(level, today.getYear(), serial), level, task.planId(), task.id(), task.leadOrgId(),
                task.supervisorOrgId(), reason, today, due.due(), truncate(due.basis(), 300), due.provisional(),
                NoticeStatus.ISSUED, null, null, null, null, null, null, null, user.userId(), now, 0);
        notices.insert(n);
        byte[] docx = document(n, task);
        // stored for the target unit, so that both it and the issuing office (whose scope covers it) can download it
        AttachmentRef ref = attachments.store(task.leadOrgId(), n.number() + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new ByteArrayInputStream(docx),
                "supervision-notice");
        SupervisionNotice stored = notices.get(n.id(), user);
        stored.attachDocument(ref.id());
        notices.update(stored, now);
        audit.record("CREATE", "supervision_notice", n.id().toString(), null, n.snapshot());
        return notices.get(n.id(), user);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The notice's text in the GB/T 9704 layout. */
    byte[] document(SupervisionNotice n, TaskRef task) {
        String issuer = task.supervisorOrgName();
        String target = task.leadOrgName();
        OfficialDocument doc = OfficialDocument.builder()
                .number(n.number())
                .title("关于落实《" + task.planTitle() + "》第" + task.number() + "项任务的" + n.level().label() + "通知")
                .addressee(target + ":")
                .paragraph("根据《" + task.planTitle() + "》任务分工,你单位牵头负责第" + task.number() + "项任务:“"
                        + task.text() + "”(完成时限:" + task.deadlineLabel() + ")。")
                .heading("一、" + n.level().label() + "事由")
                .paragraph(n.reason())
                .heading("二、有关要求")
                .paragraph("请你单位认真研究,切实抓好落实,并于" + OfficialDocument.chineseDate(n.replyDue()) + "前将落实情况书面回复"
                        + issuer + "。" + (n.replyDueProvisional() ? "(回复期限所涉年度的节假日安排尚未公布,该期限为暂定。)" : ""))
                .signature(issuer)
                .date(n.issuedOn());
        return doc.toBytes();
    }

    @Transactional(readOnly = true)
    public SupervisionNotice get(UUID id, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        return notices.get(id, user);
    }

    @Transactional(readOnly = true)
    public Optional<TaskRef> taskOf(SupervisionNotice n) {
        return n.taskId() == null ? Optional.empty() : tasks.find(n.taskId());
    }

    /** The generated .docx of a notice the reader may see. */
    @Transactional(readOnly = true)
    public byte[] documentBytes(UUID id, FazhiPrincipal user) {
        SupervisionNotice n = get(id, user);
        if (n.documentAttachmentId() == null) {
            throw BusinessException.notFound("通知文书");
        }
        try (InputStream in = attachments.open(n.documentAttachmentId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target unit replies with text and optional attachments. */
    @Transactional
    public SupervisionNotice reply(UUID id, String text, List<Upload> files, FazhiPrincipal user) {
        SupervisionNotice n = notices.get(id, user);
        Map<String, Object> before = n.snapshot();
        OffsetDateTime now = now();
        n.reply(user.orgId(), user.can(PlanPermission.REPORT), user.userId(), text, now);
        for (Upload f : files == null ? List.<Upload>of() : files) {
            if (f == null || f.bytes() == null || f.bytes().length == 0) {
                continue;
            }
            AttachmentRef ref = attachments.store(user.orgId(), f.filename(), f.contentType(),
                    new ByteArrayInputStream(f.bytes()), "supervision-reply");
            notices.addReplyFile(n, ref.orgId(), ref.id());
        }
        notices.update(n, now);
        audit.record("TRANSITION:REPLY", "supervision_notice", n.id().toString(), before, n.snapshot());
        return notices.get(id, user);
    }

    /** The office closes (办结) a replied notice. */
    @Transactional
    public SupervisionNotice close(UUID id, String remark, FazhiPrincipal user) {
        SupervisionNotice n = notices.get(id, user);
        Map<String, Object> before = n.snapshot();
        OffsetDateTime now = now();
        n.close(user.can(PlanPermission.SUPERVISE), tasks.covers(user, n.issuerOrgId()), user.userId(), remark, now);
        notices.update(n, now);
        audit.record("TRANSITION:CLOSE", "supervision_notice", n.id().toString(), before, n.snapshot());
        return notices.get(id, user);
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> replyFiles(SupervisionNotice n) {
        return notices.replyFileIds(n).stream().map(attachments::find).flatMap(Optional::stream).toList();
    }

    /** Ledger filters: level, status, target unit, only notices whose reply is (or was) late. */
    public record LedgerFilter(String level, String status, Long targetOrgId, boolean overdueOnly) {
    }

    /** One ledger line. */
    public record LedgerRow(SupervisionNotice notice, String targetOrgName, String taskTitle, boolean replyOverdue) {
    }

    @Transactional(readOnly = true)
    public List<LedgerRow> ledger(LedgerFilter f, FazhiPrincipal user) {
        Access.require(user, PlanPermission.READ);
        NoticeLevel level = f.level() == null || f.level().isBlank() ? null : NoticeLevel.parse("level", f.level());
        NoticeStatus status = null;
        if (f.status() != null && !f.status().isBlank()) {
            try {
                status = NoticeStatus.valueOf(f.status().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("status", "状态“" + f.status() + "”无效,可选值: ISSUED(待回复)、REPLIED(已回复)、CLOSED(已办结)");
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<LedgerRow> rows = new ArrayList<>();
        java.util.Map<UUID, String> titles = new java.util.HashMap<>();
        for (SupervisionNotice n : notices.search(user, level, status, f.targetOrgId(), 2000)) {
            boolean late = n.replyOverdue(today);
            if (f.overdueOnly() && !late) {
                continue;
            }
            String title = n.taskId() == null ? "" : titles.computeIfAbsent(n.taskId(),
                    k -> tasks.find(k).map(TaskRef::shortTitle).orElse(""));
            rows.add(new LedgerRow(n, tasks.orgName(n.targetOrgId()), title, late));
        }
        return rows;
    }

    /** 督办台账 as .xlsx. */
    @Transactional
    public byte[] ledgerXlsx(LedgerFilter f, FazhiPrincipal user) {
        List<LedgerRow> rows = ledger(f, user);
        List<List<String>> data = new ArrayList<>();
        int i = 1;
        for (LedgerRow r : rows) {
            SupervisionNotice n = r.notice();
            data.add(List.of(String.valueOf(i++), n.number(), n.level().label(), r.taskTitle(), r.targetOrgName(),
                    n.reason(), n.issuedOn().toString(), n.replyDue().toString(), n.status().label(),
                    n.replyText() == null ? "" : n.replyText(), r.replyOverdue() ? "是" : "否"));
        }
        audit.record("EXPORT", "supervision_notice", null, null, Map.of("ledger", "supervision", "rows", rows.size()));
        return LedgerWorkbook.write("督办台账", "督办台账",
                List.of("序号", "文号", "级别", "督办任务", "被督办单位", "督办事由", "发出日期", "回复期限", "办理状态", "回复情况", "逾期回复"),
                new int[] {6, 18, 8, 40, 16, 40, 12, 12, 10, 40, 8}, data);
    }

    @Transactional(readOnly = true)
    public List<SupervisionNotice> forTask(TaskRef task) {
        return notices.forTask(task.orgId(), task.id());
    }
}
