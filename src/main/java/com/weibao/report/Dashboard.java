package com.weibao.report;

import java.time.Instant;
import java.util.List;

/**
 * The supervisor dashboard's figures (看板) for one contract or every contract the caller may read, computed when
 * asked: the SLA trend of the last twelve months, the open cases by level and age, this month's missed targets, this
 * quarter's inspections and the satisfaction of the last twelve months. Every code comes with its Chinese label.
 */
public record Dashboard(Scope scope, List<ContractRef> contracts, Instant generatedAt, List<SlaMonth> slaTrend,
                        OpenCases openCases, Breaches breaches, Inspections inspections,
                        Satisfaction satisfaction) {

    /** What the figures cover: one contract, or all the caller may read ({@code contract} null). */
    public record Scope(String contract, String label) {
    }

    public record ContractRef(String code, String name, String hospital) {
    }

    /**
     * One month's targets by deadline: due = met + metLate + breached (the denominator of {@code onTimePercent},
     * null when nothing was due), pending ones (deadline ahead) apart, as in the period report.
     */
    public record SlaMonth(String month, String label, long due, long met, long metLate, long breached,
                           long pending, Double onTimePercent) {
    }

    public record Band(String key, String label) {
    }

    /** One fault level's open cases per age band (in the order of {@link OpenCases#bands}). */
    public record LevelRow(String level, String label, List<Long> byAge, long total) {
    }

    public record OpenCases(List<Band> bands, List<LevelRow> levels, long total) {
    }

    /** A target missed this month: how late in minutes, until met or until now while still open. */
    public record Breach(String caseNumber, String level, String levelLabel, String kind, String kindLabel,
                         String target, Instant dueAt, Instant metAt, String status, String statusLabel,
                         long lateMinutes, String lateText) {
    }

    /** This month's missed targets: how many in all, the latest {@code items} of them. */
    public record Breaches(String month, String label, long total, List<Breach> items) {
    }

    /**
     * The quarter's planned inspection slots: done, signed by every department and archived, missed (due date
     * passed without one); and the inspections waiting for the hospital's signatures now.
     */
    public record Inspections(String period, String label, long planned, long done, long signed, long missed,
                              long awaitingSignOff) {
    }

    public record SourceRow(String source, String label, long excellent, long good, long poor) {
    }

    /** 优/良/差 of every source in [from, to) (dates in Asia/Shanghai), and per source. */
    public record Satisfaction(String label, long excellent, long good, long poor, long total,
                               List<SourceRow> bySource) {
    }
}
