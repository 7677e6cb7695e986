package cn.fazhi.platform.org;

/**
 * One permission a role can grant: a stable code (also the Spring Security authority, e.g. {@code user:manage}), its
 * Chinese label and the group it is listed under on the role editor.
 */
public record Permission(String code, String label, String group) {
}
