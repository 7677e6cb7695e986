package cn.fazhi.plan.supervision;

/** A supervision notice's state: issued (待回复) → replied (已回复) → closed (已办结). */
public enum NoticeStatus {
    ISSUED("待回复"),
    REPLIED("已回复"),
    CLOSED("已办结");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
