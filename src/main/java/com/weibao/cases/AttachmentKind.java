package com.weibao.cases;

public enum AttachmentKind {
    /** A file the reporter or an engineer sent with the case. */
    ATTACHMENT,
    /** The written fault report (故障报告) produced at closure. */
    FAULT_REPORT
}
