package cn.fazhi.disputes.mediation;

/** Civil disputes related to administration that an organ mediates (行政调解), by the field they arise in. */
public enum DisputeType {
    LAND_RESOURCES("土地、山林、水利等自然资源权属纠纷"),
    COMPENSATION("行政赔偿、补偿争议"),
    CONSUMER("消费者权益纠纷"),
    TRAFFIC("道路交通事故损害赔偿纠纷"),
    PUBLIC_SECURITY("治安案件中的民事纠纷"),
    MEDICAL("医疗纠纷"),
    LABOUR("劳动和社会保障纠纷"),
    CONSTRUCTION("城建、房屋、物业纠纷"),
    OTHER("其他与行政管理相关的民事纠纷");

    private final String label;

    DisputeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
