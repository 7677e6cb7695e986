package cn.fazhi.disputes.litigation;

/** The instance (审级) a hearing or a decision belongs to (2020 SPC provisions Art. 1: first, second and retrial). */
public enum Instance {
    FIRST("一审"),
    SECOND("二审"),
    RETRIAL("再审");

    private final String label;

    Instance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
