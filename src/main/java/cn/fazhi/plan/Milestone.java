package cn.fazhi.plan;

import java.time.LocalDate;

/** A milestone of the lead unit's work plan (工作方案) for a task. */
public record Milestone(int seq, String title, LocalDate dueOn, LocalDate doneOn) {
    public boolean done() {
        return doneOn != null;
    }
}
