package com.weibao.report;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.sla.StatutoryCalendars;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (Asia/Shanghai): on the first statutory working day after a month, quarter or year ended, the
 * review of each running contract's report for it starts (drafted first). A day missed (the application down) is
 * caught up on the next run within the following working days; a report already there is not started again.
 */
@Component
class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final ContractService contracts;
    private final ContractReports reports;
    private final AssessmentCriteria assessments;
    private final StatutoryCalendars calendars;
    private final Clock clock;

    ReportSchedule(ContractService contracts, ContractReports reports, AssessmentCriteria assessments,
                   StatutoryCalendars calendars, Clock clock) {
        this.contracts = contracts;
        this.reports = reports;
        this.assessments = assessments;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Scheduled(cron = "${weibao.report.draft-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    void run() {
        List<String> started = draftDue(LocalDate.now(clock.withZone(ReportPeriod.ZONE)));
        if (!started.isEmpty()) {
            log.info("contract reports drafted for review: {}", started);
        }
    }

    /** Starts the reviews due on that day; returns "contract/period" of each started. */
    List<String> draftDue(LocalDate today) {
        List<String> started = new ArrayList<>();
        for (Contract contract : contracts.all()) {
            for (ReportPeriod.Kind kind : ReportPeriod.Kind.values()) {
                ReportPeriod period = ReportPeriod.previous(kind, today);
                if (due(contract, period, today) && !reports.exists(contract.getCode(), period)) {
                    reports.startReview(contract.getCode(), period);
                    started.add(contract.getCode() + "/" + period.name());
                }
            }
            for (ReportPeriod.Kind kind : assessments.of(contract.getCode()).periods()) {
                ReportPeriod period = ReportPeriod.previous(kind, today);
                if (due(contract, period, today)
                        && !reports.exists(contract.getCode(), period, ReportDocument.ASSESSMENT)) {
                    reports.startReview(contract.getCode(), period, ReportDocument.ASSESSMENT);
                    started.add(contract.getCode() + "/" + period.name() + "/assessment");
                }
            }
        }
        return started;
    }

    /** From the first working day after the period for 15 days (a missed day caught up), if the contract ran in it. */
    private boolean due(Contract contract, ReportPeriod period, LocalDate today) {
        return !today.isBefore(firstWorkingDayAfter(period.last())) && !today.isAfter(period.last().plusDays(15))
                && overlaps(contract, period);
    }

    LocalDate firstWorkingDayAfter(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!calendars.current().isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean overlaps(Contract c, ReportPeriod p) {
        return (c.getStartDate() == null || !c.getStartDate().isAfter(p.last()))
                && (c.getEndDate() == null || !c.getEndDate().isBefore(p.first()));
    }
}
