package com.weibao.cases;

/** What kind of fault it turned out to be, recorded at resolution; repeats are counted by it. */
public enum FaultType {
    SOFTWARE("软件故障"),
    HARDWARE("硬件故障"),
    INTERFACE("接口故障"),
    DATA_TRANSMISSION("数据传输异常"),
    DATABASE("数据库故障"),
    NETWORK("网络故障"),
    CONFIGURATION("配置问题"),
    USER_OPERATION("用户操作问题"),
    OTHER("其他");

    private final String label;

    FaultType(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
