package cn.fazhi.reporting.declared;

/** States of a declaration (申报数据), reviewed like a progress report. */
public enum DeclarationStatus {
    DRAFT("草稿"),
    SUBMITTED("已报送待审核"),
    ACCEPTED("审核通过"),
    RETURNED("退回补充");

    private final String label;

    DeclarationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
