package cn.fazhi.plan.importing;

/**
 * The user's decision for a unit name the organisation tree does not know.
 *
 * @param name          the name as the document writes it
 * @param action        MAP to an existing organisation, or CREATE a new one under the plan's organisation
 * @param orgId         for MAP: the organisation meant
 * @param rememberAlias for MAP: keep the name as an alias of that organisation (org_alias) for later imports
 */
public record UnitDecision(String name, Action action, Long orgId, boolean rememberAlias) {

    public enum Action { MAP, CREATE }

    public static UnitDecision map(String name, long orgId, boolean remember) {
        return new UnitDecision(name, Action.MAP, orgId, remember);
    }

    public static UnitDecision create(String name) {
        return new UnitDecision(name, Action.CREATE, null, false);
    }
}
