package cn.fazhi.disputes.support;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.calendar.HolidayNoticeLoaded;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-times open deadlines when a year's holiday notice is loaded or replaced (design.md: a change to the calendar
 * re-times open deadlines with an audit entry). For every case of the four processes with an open deadline that is
 * provisional or whose counting period reaches into the year, the process recomputes the deadlines from the
 * aggregate; a case whose open steps moved gets one audit entry naming each step, its old and new last day and the
 * notice. Deadlines already met never change. Runs after the notice's transaction committed, in its own transaction
 * (Spring Modulith's event publication registry retries it if it fails).
 */
@Component
public class DeadlineRetiming {

    static final String ACTOR = "系统(节假日安排变更)";
    public static final String ACTION = "RETIME_DEADLINES";
    private static final Logger log = LoggerFactory.getLogger(DeadlineRetiming.class);

    private final List<DeadlineProcess> processes;
    private final DeadlineStore store;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;

    DeadlineRetiming(List<DeadlineProcess> processes, DeadlineStore store, StatutoryCalendar calendar, AuditLog audit) {
        this.processes = processes;
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(HolidayNoticeLoaded event) {
        retime(event);
    }

    /** Re-times the cases the notice may move; returns how many cases changed. */
    public int retime(HolidayNoticeLoaded event) {
        // the notice service swaps the in-memory calendar after its commit too; read it now so no stale table is used
        calendar.reload();
        int changed = 0;
        for (DeadlineProcess p : processes) {
            for (DeadlineStore.CaseKey key : store.openTouching(p.table(), event.year())) {
                DeadlineProcess.Retimed r = p.retime(key.orgId(), key.id()).orElse(null);
                if (r == null || r.changes().isEmpty()) {
                    continue;
                }
                Map<String, Object> before = new LinkedHashMap<>();
                before.put("case", r.caseLabel());
                before.put("deadlines", dues(r.before()));
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("case", r.caseLabel());
                after.put("deadlines", dues(r.after()));
                after.put("noticeYear", event.year());
                after.put("noticeNo", event.noticeNo());
                after.put("changes", r.changes().stream().map(DeadlineProcess.Change::describe).toList());
                audit.recordAs(ACTOR, null, null, null, ACTION, p.entityType(), key.id().toString(), before, after);
                changed++;
            }
        }
        log.info("Holiday notice {} of {}: deadlines of {} case(s) re-timed", event.noticeNo(), event.year(), changed);
        return changed;
    }

    private static Map<String, String> dues(List<CaseDeadline> ds) {
        Map<String, String> m = new LinkedHashMap<>();
        ds.forEach(d -> m.put(d.step(), d.due() + (d.provisional() ? "(待公布)" : "") + (d.open() ? "" : "(已完成)")));
        return m;
    }
}
