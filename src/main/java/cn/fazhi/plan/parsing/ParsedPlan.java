package cn.fazhi.plan.parsing;

import java.util.List;

/**
 * What the parser read from a plan document: its title when it could tell, the tasks in document order and the
 * warnings. The JSON shape {"tasks":[…],"warnings":[…]} is the contract of {@code POST /api/plans/parse}.
 *
 * @param title    the document title (first non-empty line that is not numbered), or null
 * @param tasks    the tasks in document order
 * @param warnings everything the user must look at before confirming
 */
public record ParsedPlan(String title, List<ParsedTask> tasks, List<ParseWarning> warnings) {
    public ParsedPlan {
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }
}
