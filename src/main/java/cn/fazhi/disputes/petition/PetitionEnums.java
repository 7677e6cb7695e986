package cn.fazhi.disputes.petition;

/** The closed vocabularies of a petition. */
public final class PetitionEnums {

    private PetitionEnums() {
    }

    /** 信访渠道 (信访工作条例 第十七条). */
    public enum Channel {
        ONLINE("网上信访"), LETTER("来信"), PHONE("来电"), FAX("传真"), VISIT("来访");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 信访事项分类 (信访工作条例 第二十九条至第三十一条). */
    public enum Category {
        SUGGESTION("建议意见类"), ACCUSATION("检举控告类"), CLAIM("申诉求决类");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a matter not handled as a petition is routed (信访工作条例 第三十条、第三十一条). */
    public enum Route {
        LITIGATION("诉讼"), RECONSIDERATION("行政复议"), ARBITRATION("仲裁"), ADMIN_PROCEDURE("行政裁决、确认、许可、处罚等行政程序"),
        DISCIPLINE("纪检监察机关"), PARTY_APPEAL("党员申诉等党内程序"), OTHER("其他法定途径");

        private final String label;

        Route(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 处理意见 (信访工作条例 第三十二条). */
    public enum ReplyOutcome {
        SUPPORTED("支持"), EXPLAINED("解释说明"), NOT_SUPPORTED("不予支持");

        private final String label;

        ReplyOutcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The petitioner's evaluation (信访工作条例 第二十一条). */
    public enum Satisfaction {
        SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意");

        private final String label;

        Satisfaction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 转送 (to the organ with the power to handle the matter) or 交办 (an important matter, with a report back), 第二十二条. */
    public enum ForwardKind {
        TRANSFER("转送"), ASSIGN("交办");

        private final String label;

        ForwardKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
