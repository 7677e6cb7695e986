package cn.fazhi.disputes.support;

import java.time.LocalDate;

/**
 * A deadline as the litigation, mediation and petition APIs return it: {@code step, due, unit, amount, basis,
 * provisional}, the day it was done and its colour (done, overdue, due-soon, open).
 */
public record DeadlineView(String step, LocalDate due, String unit, int amount, String basis, boolean provisional,
        LocalDate doneOn, String colour) {

    public static DeadlineView of(CaseDeadline d, LocalDate today) {
        return new DeadlineView(d.step(), d.due(), d.unit().name(), d.amount(), d.basis(), d.provisional(), d.doneOn(),
                d.colour(today));
    }
}
