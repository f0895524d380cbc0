package com.weibao.knowledge;

/** draft → in review → published → retired; a refused review goes back to draft with the lead's remarks. */
public enum ArticleStatus {
    DRAFT("草稿"), IN_REVIEW("审核中"), PUBLISHED("已发布"), RETIRED("已停用");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
