package com.weibao.inspection;

import com.weibao.contract.Contract;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A contract's inspection plan (巡检计划): how often, which departments sign the report, and the checklist
 * template. Imported from YAML as data; a contract may have several (e.g. monthly inspections and a
 * quarterly senior engineer's visit).
 */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionFrequency frequency;

    /** Inspections a year: 12 monthly, 4 quarterly, or as agreed (e.g. 4 at irregular dates). */
    @Column(nullable = false)
    private int perYear;

    /** Monthly and quarterly plans: the day of the month (of the quarter's first month) an inspection starts. */
    @Column(nullable = false)
    private int dayOfPeriod;

    /** Working days from the start to the due date. */
    @Column(nullable = false)
    private int windowWorkingDays;

    /** Working days before the due date the engineers are reminded. */
    @Column(name = "remind_working_days", nullable = false)
    private int remindWorkingDays;

    /** Working days after the due date an overdue inspection goes to the service managers. */
    @Column(name = "escalate_working_days", nullable = false)
    private int escalateWorkingDays;

    /** Comma-separated {@link Department}s that sign the report, e.g. "CLINICAL,IT". */
    @Column(nullable = false, length = 100)
    private String signOffDepartments;

    /** The checklist is filled in together with the hospital's users (seed 002): their names are required. */
    @Column(nullable = false)
    private boolean filledWithUser;

    @Column(length = 2000)
    private String description;

    /** Raised whenever what the schedule depends on changes, so the running schedule is replaced. */
    @Column(nullable = false)
    private int scheduleRevision;

    @ElementCollection
    @CollectionTable(name = "inspection_plan_date", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "planned_date")
    @OrderBy
    private List<LocalDate> agreedDates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "checklist_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> items = new ArrayList<>();

    protected InspectionPlan() {
    }

    public InspectionPlan(Contract contract, String code) {
        this.contract = contract;
        this.code = code;
    }

    /** Updates the plan; returns true when the schedule changed (frequency, day, window or agreed dates). */
    public boolean update(String name, InspectionFrequency frequency, int perYear, int dayOfPeriod,
                          int windowWorkingDays, int remindWorkingDays, int escalateWorkingDays,
                          List<Department> signOff, boolean filledWithUser, String description,
                          List<LocalDate> dates) {
        List<LocalDate> sortedDates = new ArrayList<>(new TreeSet<>(dates));
        boolean scheduleChanged = id == null || this.frequency != frequency || this.perYear != perYear
                || this.dayOfPeriod != dayOfPeriod || this.windowWorkingDays != windowWorkingDays
                || this.remindWorkingDays != remindWorkingDays || this.escalateWorkingDays != escalateWorkingDays
                || !Objects.equals(new ArrayList<>(agreedDates), sortedDates);
        this.name = name;
        this.frequency = frequency;
        this.perYear = perYear;
        this.dayOfPeriod = dayOfPeriod;
        this.windowWorkingDays = windowWorkingDays;
        this.remindWorkingDays = remindWorkingDays;
        this.escalateWorkingDays = escalateWorkingDays;
        this.signOffDepartments = String.join(",", signOff.stream().map(Enum::name).toList());
        this.filledWithUser = filledWithUser;
        this.description = description;
        if (scheduleChanged) {
            agreedDates.clear();
            agreedDates.addAll(sortedDates);
            scheduleRevision++;
        }
        return scheduleChanged;
    }

    public void replaceItems(List<ChecklistItem> newItems) {
        items.clear();
        items.addAll(newItems);
    }

    /** The Camunda Form generated from this plan's checklist: "inspection-checklist-e-invoice-quarterly". */
    public String checklistFormKey() {
        return "inspection-checklist-" + contract.getCode() + "-" + code;
    }

    public List<Department> signOffDepartmentList() {
        return Arrays.stream(signOffDepartments.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Department::valueOf).toList();
    }

    public Optional<ChecklistItem> item(String itemCode) {
        return items.stream().filter(i -> i.getCode().equals(itemCode)).findFirst();
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public InspectionFrequency getFrequency() { return frequency; }
    public int getPerYear() { return perYear; }
    public int getDayOfPeriod() { return dayOfPeriod; }
    public int getWindowWorkingDays() { return windowWorkingDays; }
    public int getRemindWorkingDays() { return remindWorkingDays; }
    public int getEscalateWorkingDays() { return escalateWorkingDays; }
    public boolean isFilledWithUser() { return filledWithUser; }
    public String getDescription() { return description; }
    public int getScheduleRevision() { return scheduleRevision; }
    public List<LocalDate> getAgreedDates() { return agreedDates; }
    public List<ChecklistItem> getItems() { return items; }
}
