package cn.fazhi.plan.importing;

import cn.fazhi.plan.Plan;

/**
 * The result of an import: the plan, and whether this import created it ({@code false}: the same content had been
 * imported before for the same organisation, nothing changed).
 */
public record ImportOutcome(Plan plan, boolean created, int tasks, int sections, int unitsCreated,
        int aliasesRemembered) {
}
