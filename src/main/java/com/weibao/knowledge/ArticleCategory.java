package com.weibao.knowledge;

/** What kind of question an article answers. */
public enum ArticleCategory {
    FAULT("故障处理"), CONSULTATION("业务咨询"), HOW_TO("操作指南");

    private final String label;

    ArticleCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
