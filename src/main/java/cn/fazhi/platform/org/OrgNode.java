package cn.fazhi.platform.org;

/** An organisation with its depth in the tree, as listed in tree order (parents before children). */
public record OrgNode(OrgUnit unit, int depth) {
}
