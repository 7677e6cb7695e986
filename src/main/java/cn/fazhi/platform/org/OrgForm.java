package cn.fazhi.platform.org;

/**
 * Input to create or edit an organisation. {@code parentId} is used on create only (re-parenting is a move);
 * {@code version} (optional) guards against overwriting a concurrent edit.
 */
public record OrgForm(String code, String name, String shortName, String kind, Long parentId, Integer sortOrder,
        Boolean active, Integer version) {
}
