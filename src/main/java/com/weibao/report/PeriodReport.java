package com.weibao.report;

import com.weibao.cases.SlaTargetStatus;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A contract's figures for one period, computed by {@link PeriodReportCalculator}. Every count says what it counts;
 * the SLA rows keep the targets that are not decided yet (paused, still running) out of the denominator but show
 * them, and the cases without any target are counted, not dropped.
 */
public record PeriodReport(Header header, CaseFigures cases, List<SlaRow> sla, List<TimeRow> times,
                           List<Breach> breaches, InspectionFigures inspections,
                           List<SatisfactionFigures> satisfaction, List<ComplaintRow> complaints) {

    /** The same report with the ratings of one more source (the quality module's callbacks). */
    public PeriodReport withSatisfaction(SatisfactionFigures more) {
        List<SatisfactionFigures> all = new java.util.ArrayList<>(satisfaction);
        all.add(more);
        return new PeriodReport(header, cases, sla, times, breaches, inspections, List.copyOf(all), complaints);
    }

    /** The same report with the complaints filed in the period (the quality module's). */
    public PeriodReport withComplaints(List<ComplaintRow> filed) {
        return new PeriodReport(header, cases, sla, times, breaches, inspections, satisfaction, List.copyOf(filed));
    }

    public record Header(String vendor, String contractCode, String contractName, String hospitalCode,
                         String hospitalName, ReportPeriod period, Instant generatedAt) {
    }

    /** A count under a key (an enum name or a system code) and its Chinese label. */
    public record Count(String key, String label, int count) {
    }

    /**
     * Cases reported in the period (cancelled ones counted apart and not in the splits), open at the period's start
     * and end, resolved in it, reopened, level changes, repeat-rule upgrades, and those reported in the period that
     * have no SLA target at all (a level the contract sets no time for).
     */
    public record CaseFigures(int received, int cancelled, int openAtStart, int openAtEnd, int resolved,
                              int reopened, int levelChanges, int repeatFaults, int withoutTarget,
                              List<Count> byLevel, List<Count> byCategory, List<Count> byChannel,
                              List<Count> bySystem, List<Count> byFaultType) {
    }

    /**
     * The targets of one kind and level whose deadline falls in the period (a paused target, which has no deadline
     * while the clock is stopped, by its start). {@code due} = met + metLate + breached, the denominator of
     * {@code onTimePercent} (null when nothing was due); paused and pending (deadline still ahead when the report was
     * drafted) are shown but not judged; cancelled targets (the level or category changed) are counted apart.
     */
    public record SlaRow(SlaKind kind, Priority level, int due, int met, int metLate, int breached, int paused,
                         int pending, int cancelled, Double onTimePercent) {
    }

    /** Time taken (business time on the target's own clock, pauses excluded) of the targets met in the period. */
    public record TimeRow(SlaKind kind, int count, Duration median, Duration p90) {
    }

    /** A target missed: met late or still open past its deadline. */
    public record Breach(String caseNumber, Priority level, SlaKind kind, String description, Instant dueAt,
                         Instant metAt, SlaTargetStatus status, int escalationLevel) {
    }

    /** Inspections of the period (planned slots, done, signed by every department, missed, on demand, findings). */
    public record InspectionFigures(int planned, int done, int signed, int missed, int onDemand, int findings,
                                    int openFollowUps) {

        public static final InspectionFigures NONE = new InspectionFigures(0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Satisfaction 优/良/差 by source: given when the reporter confirmed the resolution in the period (报修方确认, the
     * cases module's, with the confirmations left unrated) and in the callbacks of the period (电话回访, the quality
     * module's; {@code notRated} null: a callback not reached is counted there, not here).
     */
    /**
     * A complaint (投诉) filed in the period: what about, from where, its state and outcome (属实/不属实 and measures), and
     * whether it was answered after its deadline; {@code complaintCase}: the case reported as 投诉 that brought it in
     * (null: filed by the callback follow-up or the API).
     */
    public record ComplaintRow(String reference, String about, String channel, Instant filedAt, String status,
                               String outcome, boolean late, String complaintCase) {
    }

    public record SatisfactionFigures(String source, int excellent, int good, int poor, Integer notRated) {

        public int rated() {
            return excellent + good + poor;
        }
    }
}
