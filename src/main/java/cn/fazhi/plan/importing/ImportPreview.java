package cn.fazhi.plan.importing;

import cn.fazhi.plan.Plan;
import cn.fazhi.plan.parsing.ParsedPlan;
import java.util.List;

/**
 * What the preview shows before anything is stored: the parsed plan, each unit name and how it resolves, the
 * defaults of the plan's metadata, and the plan already imported from the same content, if any.
 */
public record ImportPreview(ParsedPlan parsed, List<UnitResolution> units, PlanMetadata defaults, String sha256,
        Plan existing) {

    public List<String> unresolved() {
        return units.stream().filter(u -> !u.resolved()).map(UnitResolution::name).toList();
    }
}
