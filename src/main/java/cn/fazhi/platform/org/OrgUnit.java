package cn.fazhi.platform.org;

import cn.fazhi.platform.kernel.BusinessException;

/**
 * A node of the organisation tree. {@code path} is the materialized path of ids from the root ("/1/4/"), so that a
 * subtree is one prefix match and ancestry is a string test.
 */
public record OrgUnit(long id, Long parentId, String path, String code, String name, String shortName, OrgKind kind,
        int sortOrder, boolean active, int version) {

    /** The path of a child with the given id under a parent with {@code parentPath} (null for a root). */
    public static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other.path.startsWith(path);
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public String displayName() {
        return name;
    }

    /**
     * The rule for re-parenting: a unit cannot be moved under itself or one of its descendants (the tree would
     * become a cycle).
     */
    public void checkMoveUnder(OrgUnit newParent) {
        if (newParent != null && contains(newParent)) {
            throw BusinessException.invalid("parentId", "不能将单位移动到其自身或其下级单位之下");
        }
    }

    /** The path this unit's descendant gets when this unit's path changes from {@code oldPrefix} to {@code newPrefix}. */
    public static String rebase(String descendantPath, String oldPrefix, String newPrefix) {
        if (!descendantPath.startsWith(oldPrefix)) {
            throw new IllegalArgumentException(descendantPath + " is not below " + oldPrefix);
        }
        return newPrefix + descendantPath.substring(oldPrefix.length());
    }
}
