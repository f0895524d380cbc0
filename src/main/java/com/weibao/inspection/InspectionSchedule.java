package com.weibao.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a plan calls for, as plain calendar arithmetic in Asia/Shanghai: monthly and quarterly plans start
 * on their day of the period (moved to the next working day), agreed dates as agreed; each is due a number of
 * working days later. Inspections start at 09:00, are overdue after 18:00 on the due date.
 */
public class InspectionSchedule {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalTime START_OF_DAY = LocalTime.of(9, 0);
    static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

    private final InspectionCalendar calendar;

    public InspectionSchedule(InspectionCalendar calendar) {
        this.calendar = calendar;
    }

    /** The slots starting within [from, to], limited to the contract's term. */
    public List<PlannedSlot> slots(InspectionPlan plan, LocalDate from, LocalDate to) {
        LocalDate first = max(from, plan.getContract().getStartDate());
        LocalDate last = min(to, plan.getContract().getEndDate());
        List<PlannedSlot> slots = new ArrayList<>();
        if (first.isAfter(last)) {
            return slots;
        }
        switch (plan.getFrequency()) {
            case MONTHLY -> {
                for (YearMonth m = YearMonth.from(first).minusMonths(1); !m.isAfter(YearMonth.from(last));
                     m = m.plusMonths(1)) {
                    add(slots, plan, dayIn(m, plan.getDayOfPeriod()), m.getYear() + "年" + m.getMonthValue() + "月",
                            first, last);
                }
            }
            case QUARTERLY -> {
                YearMonth start = quarterStart(YearMonth.from(first)).minusMonths(3);
                for (YearMonth q = start; !q.isAfter(YearMonth.from(last)); q = q.plusMonths(3)) {
                    add(slots, plan, dayIn(q, plan.getDayOfPeriod()),
                            q.getYear() + "年第" + ((q.getMonthValue() - 1) / 3 + 1) + "季度", first, last);
                }
            }
            case AGREED_DATES -> {
                for (LocalDate date : plan.getAgreedDates()) {
                    long n = plan.getAgreedDates().stream()
                            .filter(d -> d.getYear() == date.getYear() && !d.isAfter(date)).count();
                    add(slots, plan, date, date.getYear() + "年第" + n + "次（" + date + "）", first, last);
                }
            }
        }
        return slots;
    }

    public LocalDate dueDate(InspectionPlan plan, LocalDate start) {
        return calendar.plusWorkingDays(calendar.onOrAfterWorkingDay(start), plan.getWindowWorkingDays());
    }

    /** When the schedule starts the slot's inspection. */
    public Instant startAt(LocalDate slotDate) {
        return slotDate.atTime(START_OF_DAY).atZone(ZONE).toInstant();
    }

    /** Reminder, overdue and escalation times of an inspection due on the date; the reminder never before now. */
    public Deadlines deadlines(InspectionPlan plan, LocalDate dueDate, Instant now) {
        Instant remindAt = calendar.plusWorkingDays(dueDate, -plan.getRemindWorkingDays()).atTime(START_OF_DAY)
                .atZone(ZONE).toInstant();
        Instant dueAt = dueDate.atTime(END_OF_DAY).atZone(ZONE).toInstant();
        Instant escalateAt = calendar.plusWorkingDays(dueDate, plan.getEscalateWorkingDays()).atTime(END_OF_DAY)
                .atZone(ZONE).toInstant();
        return new Deadlines(remindAt.isBefore(now) ? now : remindAt, dueAt, escalateAt);
    }

    private void add(List<PlannedSlot> slots, InspectionPlan plan, LocalDate date, String label, LocalDate first,
                     LocalDate last) {
        LocalDate start = plan.getFrequency() == InspectionFrequency.AGREED_DATES ? date
                : calendar.onOrAfterWorkingDay(date);
        if (!start.isBefore(first) && !start.isAfter(last)) {
            slots.add(new PlannedSlot(start, label, dueDate(plan, start)));
        }
    }

    private static LocalDate dayIn(YearMonth month, int day) {
        return month.atDay(Math.min(Math.max(day, 1), month.lengthOfMonth()));
    }

    private static YearMonth quarterStart(YearMonth m) {
        return YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
