package cn.fazhi.platform.security;

/** The data scope (数据权限范围) a role grants. */
public enum ScopeKind {
    /** 全部: every organisation's records. */
    ALL("全部"),
    /** 本级及下级: the user's organisation and everything below it in the tree (materialized path prefix). */
    SUBTREE("本级及下级"),
    /** 本单位: the user's own organisation only. */
    OWN_ORG("本单位"),
    /** 仅本人: only records the user created or owns. */
    SELF("仅本人"),
    /** 自定义: an explicit list of organisations chosen for the role. */
    CUSTOM("自定义");

    private final String label;

    ScopeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
