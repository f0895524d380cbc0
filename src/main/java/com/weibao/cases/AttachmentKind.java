package com.weibao.cases;

/** What a file kept with a case is. */
public enum AttachmentKind {
    /** A file the reporter or an engineer sent with the case. */
    ATTACHMENT("附件"),
    /** The mail a case or note came from, as received (.eml), and its whole text when too long for the case. */
    ORIGINAL_MAIL("邮件原文"),
    /** The written fault report (故障报告) produced at closure. */
    FAULT_REPORT("故障报告");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
