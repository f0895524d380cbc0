package com.weibao.cases;

/** What the reporter says the fault does to the hospital's business; the fault-level decision reads it. */
public enum Impact {
    SYSTEM_DOWN("系统瘫痪，业务无法开展"),
    PAYMENT_DOWN("收费或支付无法进行"),
    PARTIAL_OUTAGE("部分业务中断或基本操作无法进行"),
    FUNCTION_IMPAIRED("单个功能异常或数据错误，系统整体可用"),
    NO_BUSINESS_IMPACT("不影响正常使用");

    private final String label;

    Impact(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
