package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.kernel.BusinessException;

/** How the application arrived (行政复议法(2023) 第二十二条: 书面申请,可以当面递交、邮寄或者网络提交;口头申请). */
public enum Channel {
    IN_PERSON("当面递交"), POST("邮寄"), ONLINE("网上申请");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Channel parse(String value) {
        if (value == null || value.isBlank()) {
            return IN_PERSON;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("channel", "申请方式“" + value + "”无效,可选 IN_PERSON、POST、ONLINE");
        }
    }
}
