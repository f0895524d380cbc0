package com.weibao.inspection;

import com.weibao.contract.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a plan's checklist template: what to check on which covered system, how, and the level a
 * follow-up case gets when it fails. Inspections copy the item into their results, so a later change of the
 * template never alters what an archived inspection checked.
 */
@Embeddable
public class ChecklistItem {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private String section;

    /** The covered system the item checks (a code of the contract's systems), if any. */
    @Column(name = "system_code", length = 64)
    private String systemCode;

    @Column(nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;

    @Column(length = 32)
    private String unit;

    @Embedded
    private Threshold threshold;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_priority", nullable = false, length = 2)
    private Priority followUpPriority;

    /** How to check it, shown in the form. */
    @Column(length = 1000)
    private String hint;

    protected ChecklistItem() {
    }

    public ChecklistItem(String code, String section, String systemCode, String name, ItemKind kind, String unit,
                         Threshold threshold, Priority followUpPriority, String hint) {
        this.code = code;
        this.section = section;
        this.systemCode = systemCode;
        this.name = name;
        this.kind = kind;
        this.unit = unit;
        this.threshold = threshold;
        this.followUpPriority = followUpPriority;
        this.hint = hint;
    }

    /** The form field of an item's answer: "ENV_05_value" for ENV-05's measured value. */
    public static String fieldKey(String itemCode, String field) {
        String key = itemCode.replaceAll("[^A-Za-z0-9]", "_");
        return (Character.isDigit(key.charAt(0)) ? "i" + key : key) + "_" + field;
    }

    /** What passes, in words: "&lt; 90 %", "正常", "填写记录", "上传照片". */
    public String criterion() {
        return criterion(kind, threshold, unit);
    }

    static String criterion(ItemKind kind, Threshold threshold, String unit) {
        return switch (kind) {
            case PASS_FAIL -> "正常";
            case MEASURE -> threshold == null ? "记录数值" : threshold.describe(unit);
            case TEXT -> "填写记录";
            case ATTACHMENT -> "上传照片或附件";
        };
    }

    public String getCode() { return code; }
    public String getSection() { return section; }
    public String getSystemCode() { return systemCode; }
    public String getName() { return name; }
    public ItemKind getKind() { return kind; }
    public String getUnit() { return unit; }
    public Threshold getThreshold() { return threshold; }
    public Priority getFollowUpPriority() { return followUpPriority; }
    public String getHint() { return hint; }
}
