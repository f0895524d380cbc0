package com.weibao.inspection;

import com.weibao.cases.SupportCase;
import com.weibao.contract.CoveredSystem;
import com.weibao.contract.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One checked item of an inspection: a copy of the template item as it was when the inspection started, what
 * was found, whether it failed, and the follow-up case raised for it.
 */
@Entity
@Table(name = "inspection_result")
public class InspectionResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_code", nullable = false, length = 32)
    private String itemCode;

    @Column(nullable = false)
    private String section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "system_id")
    private CoveredSystem system;

    @Column(name = "item_name", nullable = false, length = 500)
    private String itemName;

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

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ItemOutcome outcome;

    @Column(name = "measured_value", precision = 18, scale = 4)
    private BigDecimal measuredValue;

    @Column(length = 4000)
    private String note;

    @Column(nullable = false)
    private boolean failed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follow_up_case_id")
    private SupportCase followUpCase;

    protected InspectionResult() {
    }

    InspectionResult(Inspection inspection, int position, ChecklistItem item, CoveredSystem system) {
        this.inspection = inspection;
        this.position = position;
        this.itemCode = item.getCode();
        this.section = item.getSection();
        this.system = system;
        this.itemName = item.getName();
        this.kind = item.getKind();
        this.unit = item.getUnit();
        this.threshold = item.getThreshold();
        this.followUpPriority = item.getFollowUpPriority();
    }

    void record(ItemEntry entry) {
        this.outcome = kind == ItemKind.PASS_FAIL ? entry.outcome() : null;
        this.measuredValue = kind == ItemKind.MEASURE ? entry.value() : null;
        this.note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        this.failed = switch (kind) {
            case PASS_FAIL -> outcome == ItemOutcome.FAIL;
            case MEASURE -> threshold != null && measuredValue != null && !threshold.accepts(measuredValue);
            case TEXT, ATTACHMENT -> false;
        };
    }

    void followUp(SupportCase supportCase) {
        this.followUpCase = supportCase;
    }

    public boolean isRecorded() {
        return switch (kind) {
            case PASS_FAIL -> outcome != null;
            case MEASURE -> measuredValue != null;
            case TEXT -> note != null;
            case ATTACHMENT -> inspection.isPerformed();
        };
    }

    /** What passes, in words: "&lt; 90 %", "正常", ... */
    public String criterion() {
        return ChecklistItem.criterion(kind, threshold, unit);
    }

    /** What was found, in words: "93 %", "异常", the observation. */
    public String finding() {
        return switch (kind) {
            case PASS_FAIL -> outcome == null ? "" : outcome.label();
            case MEASURE -> measuredValue == null ? "" : Numbers.plain(measuredValue)
                    + (unit == null || unit.isBlank() ? "" : " " + unit);
            case TEXT -> note == null ? "" : note;
            case ATTACHMENT -> "见附件";
        };
    }

    public Long getId() { return id; }
    public Inspection getInspection() { return inspection; }
    public int getPosition() { return position; }
    public String getItemCode() { return itemCode; }
    public String getSection() { return section; }
    public CoveredSystem getSystem() { return system; }
    public String getItemName() { return itemName; }
    public ItemKind getKind() { return kind; }
    public String getUnit() { return unit; }
    public Threshold getThreshold() { return threshold; }
    public Priority getFollowUpPriority() { return followUpPriority; }
    public ItemOutcome getOutcome() { return outcome; }
    public BigDecimal getMeasuredValue() { return measuredValue; }
    public String getNote() { return note; }
    public boolean isFailed() { return failed; }
    public SupportCase getFollowUpCase() { return followUpCase; }
}
