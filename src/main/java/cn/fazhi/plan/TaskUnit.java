package cn.fazhi.plan;

/** A unit on a task besides the answering lead unit. */
public record TaskUnit(long orgId, String orgName, UnitRole role) {
}
