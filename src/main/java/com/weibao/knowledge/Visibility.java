package com.weibao.knowledge;

/** Internal articles are for the vendor's staff; FAQ articles are read by the users of the contracts' hospitals. */
public enum Visibility {
    INTERNAL("内部知识"), FAQ("常见问题（医院可见）");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
