package cn.fazhi.plan.parsing;

/**
 * Something the parser could not read cleanly. The user sees every warning in the preview before confirming.
 *
 * @param code       stable code: NO_LEAD_UNIT, UNKNOWN_UNIT, UNREADABLE_DEADLINE, NUMBERING_GAP, DUPLICATE_NUMBER,
 *                   MULTIPLE_LEAD_UNITS, NO_TASKS, NO_TEXT_LAYER, ALL_LEAD_UNITS, RESPONSIBLE_AS_LEAD,
 *                   NUMBERING_RESTARTS, RENUMBERED, IGNORED_ITEMS, EMPTY_TASK_TEXT, TEXT_TOO_LONG, UNREADABLE_NUMBER,
 *                   PARSE_FAILED (docs/parts/plan-parser.md says what each means)
 * @param taskNumber the task concerned, or null for the whole document
 * @param line       1-based line (or table row) in the text read, or null
 * @param message    Chinese message for the user
 */
public record ParseWarning(String code, Integer taskNumber, Integer line, String message) {
}
