package cn.fazhi.plan.parsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules both parsers share once the tasks are read: numbering checks, "各牵头单位落实" expanded to every lead unit
 * of the plan, a task that names only 责任单位 answered for by them, and a warning for everything the user must decide.
 */
final class PlanAssembly {

    /** plan_task.text holds this many characters. */
    static final int MAX_TEXT = 8000;

    private PlanAssembly() {
    }

    static ParsedPlan finish(String title, List<TaskDraft> drafts, List<ParseWarning> documentWarnings,
            String noTasksMessage) {
        List<ParseWarning> warnings = new ArrayList<>(documentWarnings);
        if (drafts.isEmpty()) {
            warnings.add(new ParseWarning("NO_TASKS", null, null, noTasksMessage));
            return new ParsedPlan(title, List.of(), warnings);
        }
        numbering(drafts, warnings);

        List<Integer> responsibleAsLead = new ArrayList<>();
        for (TaskDraft d : drafts) {
            if (d.lead.isEmpty() && !d.allLead && !d.responsible.isEmpty()) {
                d.lead.addAll(d.responsible);
                d.responsible.clear();
                responsibleAsLead.add(d.number);
            }
        }
        if (!responsibleAsLead.isEmpty()) {
            warnings.add(new ParseWarning("RESPONSIBLE_AS_LEAD", responsibleAsLead.size() == 1 ? responsibleAsLead.get(0) : null,
                    null, "任务" + numbers(responsibleAsLead) + "只写明了责任单位,已将责任单位作为牵头单位;如有不同请在预览中调整"));
        }
        Set<String> allLeadUnits = new LinkedHashSet<>();
        for (TaskDraft d : drafts) {
            if (!d.allLead) {
                allLeadUnits.addAll(d.lead);
            }
        }

        List<ParsedTask> tasks = new ArrayList<>();
        for (TaskDraft d : drafts) {
            List<String> lead = new ArrayList<>(d.lead);
            if (d.allLead) {
                for (String u : allLeadUnits) {
                    if (!lead.contains(u)) {
                        lead.add(u);
                    }
                }
                warnings.add(new ParseWarning("ALL_LEAD_UNITS", d.number, d.line, "任务(" + d.number + ")由各牵头单位落实,"
                        + "已列出方案中的全部 " + lead.size() + " 个牵头单位;这是共同任务,请在导入时确定由哪个单位牵头(默认督办单位)"));
            }
            List<String> responsible = new ArrayList<>(d.responsible);
            if (d.allResponsible && !responsible.contains(ParsedTask.ALL_RESPONSIBLE_UNITS)) {
                responsible.add(ParsedTask.ALL_RESPONSIBLE_UNITS);
            }
            if (lead.isEmpty()) {
                warnings.add(new ParseWarning("NO_LEAD_UNIT", d.number, d.line, d.allResponsible
                        ? "任务(" + d.number + ")由各责任单位落实,没有写明牵头单位;请在导入时选择牵头单位(默认督办单位)"
                        : "任务(" + d.number + ")没有写明牵头单位,请在导入时选择"));
            } else if (lead.size() > 1 && !d.allLead) {
                warnings.add(new ParseWarning("MULTIPLE_LEAD_UNITS", d.number, d.line, "任务(" + d.number + ")写有 "
                        + lead.size() + " 个牵头单位(" + String.join("、", lead) + "),默认由第一个单位“" + lead.get(0)
                        + "”牵头负责,其余作为共同牵头单位;可在预览中改选"));
            }
            Deadlines.Deadline deadline = Deadlines.read(d.deadlineText);
            if (!deadline.readable()) {
                warnings.add(new ParseWarning("UNREADABLE_DEADLINE", d.number, d.line, "任务(" + d.number + ")的完成时限“"
                        + d.deadlineText + "”无法识别,请在导入时填写"));
            }
            String text = Fold.strip(d.text.toString());
            if (text.isEmpty()) {
                warnings.add(new ParseWarning("EMPTY_TASK_TEXT", d.number, d.line, "任务(" + d.number + ")没有任务内容"));
            } else if (text.length() > MAX_TEXT) {
                warnings.add(new ParseWarning("TEXT_TOO_LONG", d.number, d.line, "任务(" + d.number + ")的内容超过 "
                        + MAX_TEXT + " 字,导入时会被拒绝,请检查是否漏掉了下一项任务的编号"));
            }
            tasks.add(new ParsedTask(d.number, d.area, d.subArea, text, lead, responsible, deadline.date(),
                    d.deadlineText, deadline.kind()));
        }
        return new ParsedPlan(title, tasks, warnings);
    }

    /**
     * Gaps, duplicates and restarts. A plan whose numbering starts again at 1 in each section is renumbered in
     * document order (plan_task.number is unique within a plan), and the user is told.
     */
    private static void numbering(List<TaskDraft> drafts, List<ParseWarning> warnings) {
        boolean restarts = false;
        boolean missing = false;
        for (int i = 1; i < drafts.size(); i++) {
            TaskDraft d = drafts.get(i);
            restarts |= d.number == 1 && d.newSection && drafts.get(i - 1).number >= 1;
        }
        for (TaskDraft d : drafts) {
            missing |= d.number < 0;
        }
        if (restarts || missing) {
            int n = 1;
            for (TaskDraft d : drafts) {
                d.number = n++;
            }
            warnings.add(new ParseWarning(restarts ? "NUMBERING_RESTARTS" : "RENUMBERED", null, null, restarts
                    ? "任务编号在各部分重新从 1 开始,已按全文顺序重新编号为 1–" + drafts.size()
                    : "部分任务没有可识别的编号,已按全文顺序编号为 1–" + drafts.size()));
            return;
        }
        Set<Integer> seen = new HashSet<>();
        int previous = 0;
        for (TaskDraft d : drafts) {
            if (!seen.add(d.number)) {
                warnings.add(new ParseWarning("DUPLICATE_NUMBER", d.number, d.line, "任务编号(" + d.number
                        + ")重复出现,请检查原文;导入前需改为不同的编号"));
            } else if (d.number != previous + 1) {
                String message = d.number > previous + 1
                        ? (previous == 0 ? "任务编号从(" + d.number + ")开始" : "任务(" + previous + ")之后是任务(" + d.number + ")")
                                + ",缺少" + missingRange(previous + 1, d.number - 1)
                        : "任务(" + d.number + ")出现在任务(" + previous + ")之后,编号顺序不连续";
                warnings.add(new ParseWarning("NUMBERING_GAP", d.number, d.line, message));
            }
            previous = d.number;
        }
    }

    private static String missingRange(int from, int to) {
        return from == to ? "(" + from + ")" : "(" + from + ")至(" + to + ")";
    }

    static String numbers(List<Integer> numbers) {
        StringBuilder b = new StringBuilder();
        int limit = Math.min(numbers.size(), 20);
        for (int i = 0; i < limit; i++) {
            b.append(i == 0 ? "" : "、").append('(').append(numbers.get(i)).append(')');
        }
        if (numbers.size() > limit) {
            b.append("等 ").append(numbers.size()).append(" 项");
        }
        return b.toString();
    }
}
