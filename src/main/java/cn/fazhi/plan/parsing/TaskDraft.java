package cn.fazhi.plan.parsing;

import java.util.ArrayList;
import java.util.List;

/** A task while it is being read: filled line by line (or row by row), then finished by {@link PlanAssembly}. */
final class TaskDraft {

    /** The number as written, or -1 when none could be read. */
    int number;
    /** 1-based line or table row where the task starts. */
    final int line;
    String area;
    String subArea;
    final StringBuilder text = new StringBuilder();
    final List<String> lead = new ArrayList<>();
    final List<String> responsible = new ArrayList<>();
    boolean allLead;
    boolean allResponsible;
    String deadlineText;
    /** The units clause has been read: further plain lines are not part of this task. */
    boolean closed;
    /** A heading stood between the previous task and this one (numbering may restart). */
    boolean newSection;

    /** The last parenthesis read while the task's lines came in, so that finishing it does not read it again. */
    private String clauseText;
    private UnitClause.Clause clause;

    TaskDraft(int number, int line) {
        this.number = number;
        this.line = line;
    }

    /** What a parenthesis of this task says (read once). */
    UnitClause.Clause clause(String content) {
        if (!content.equals(clauseText)) {
            clauseText = content;
            clause = UnitClause.read(content);
        }
        return clause;
    }

    /** Takes over what a units clause said (units are added; the first deadline wins). */
    void take(UnitClause.Clause c, boolean acceptUnlabelled) {
        addAll(lead, c.lead());
        addAll(responsible, c.responsible());
        if (acceptUnlabelled && c.deadlineText() != null) {
            // "(市编办,2016年底完成)": a fragment that is named like a unit; "(…,报市政府备案)" is not one
            addAll(lead, c.unlabelled().stream().filter(UnitClause::looksLikeUnit).toList());
        }
        allLead |= c.allLead();
        allResponsible |= c.allResponsible();
        if (deadlineText == null) {
            deadlineText = c.deadlineText();
        }
    }

    private static void addAll(List<String> into, List<String> units) {
        for (String u : units) {
            if (!into.contains(u)) {
                into.add(u);
            }
        }
    }
}
