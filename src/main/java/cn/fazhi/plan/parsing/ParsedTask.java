package cn.fazhi.plan.parsing;

import java.time.LocalDate;
import java.util.List;

/**
 * One task as the parser read it. The JSON field names are the contract of {@code POST /api/plans/parse}.
 *
 * @param number           the task's number in the plan ((85) → 85)
 * @param area             the area heading it sits under, without its numbering ("依法全面履行政府职能"), or null
 * @param subArea          the sub-area heading ("深化行政审批制度改革"), or null
 * @param text             the task text, without the closing parenthesis that names units and deadline
 * @param leadUnits        牵头单位 as written, in order; "各牵头单位落实" expands to every lead unit of the plan
 * @param responsibleUnits 责任单位 as written, in order; "各责任单位落实" is recorded as {@link #ALL_RESPONSIBLE_UNITS}
 * @param deadline         the last day the deadline allows ("2016年底完成" → 2016-12-31), or null
 * @param deadlineText     the deadline as written ("2016年底完成", "持续推进"), or null when none is stated
 * @param deadlineKind     DATE, CONTINUOUS, RECURRING or NONE (the values of plan_task.deadline_kind)
 */
public record ParsedTask(int number, String area, String subArea, String text, List<String> leadUnits,
        List<String> responsibleUnits, LocalDate deadline, String deadlineText, DeadlineKind deadlineKind) {

    /** Stands for "各责任单位落实": every responsible unit named in the plan. */
    public static final String ALL_RESPONSIBLE_UNITS = "各责任单位";

    public ParsedTask {
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
    }

    /** How a task's deadline is stated. */
    public enum DeadlineKind {
        /** A date: "2016年底完成", "2022年10月底前". */
        DATE,
        /** 持续推进, 长期坚持: no end. */
        CONTINUOUS,
        /** Each year: "年底前", "每年". */
        RECURRING,
        /** The document states none. */
        NONE
    }
}
