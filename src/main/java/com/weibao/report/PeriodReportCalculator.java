package com.weibao.report;

import com.weibao.cases.CaseEventType;
import com.weibao.cases.CaseFacts;
import com.weibao.cases.CaseStatus;
import com.weibao.cases.Channel;
import com.weibao.cases.FaultType;
import com.weibao.cases.Satisfaction;
import com.weibao.cases.SlaTargetStatus;
import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaKind;
import com.weibao.report.PeriodReport.Breach;
import com.weibao.report.PeriodReport.CaseFigures;
import com.weibao.report.PeriodReport.Count;
import com.weibao.report.PeriodReport.Header;
import com.weibao.report.PeriodReport.InspectionFigures;
import com.weibao.report.PeriodReport.SatisfactionFigures;
import com.weibao.report.PeriodReport.SlaRow;
import com.weibao.report.PeriodReport.TimeRow;
import com.weibao.sla.TargetFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The figures of a period report from plain facts (no database, no engine): table-tested. */
final class PeriodReportCalculator {

    /** Closing statuses: the case was dealt with. */
    private static final Set<CaseStatus> DONE = Set.of(CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.ARCHIVED);

    private PeriodReportCalculator() {
    }

    static PeriodReport calculate(Header header, List<CaseFacts> cases, List<TargetFacts> targets,
                                  InspectionFigures inspections) {
        ReportPeriod p = header.period();
        Instant from = p.from();
        Instant to = p.to();
        Instant now = header.generatedAt();
        Map<Long, CaseFacts> byId = cases.stream().collect(Collectors.toMap(CaseFacts::id, c -> c));

        List<CaseFacts> reported = cases.stream().filter(c -> p.contains(c.reportedAt())).toList();
        List<CaseFacts> received = reported.stream().filter(c -> c.status() != CaseStatus.CANCELLED).toList();
        Set<Long> withTarget = targets.stream().filter(t -> t.status() != SlaTargetStatus.CANCELLED)
                .map(TargetFacts::caseId).collect(Collectors.toSet());
        CaseFigures figures = new CaseFigures(received.size(), reported.size() - received.size(),
                (int) cases.stream().filter(c -> c.openAt(from.minusNanos(1))).count(),
                (int) cases.stream().filter(c -> c.openAt(to.minusNanos(1))).count(),
                (int) cases.stream().filter(c -> resolvedIn(c, from, to)).count(),
                (int) sum(cases, CaseEventType.REOPENED, from, to),
                (int) sum(cases, CaseEventType.PRIORITY_CHANGED, from, to),
                (int) sum(cases, CaseEventType.REPEAT_FAULT, from, to),
                (int) received.stream().filter(c -> !withTarget.contains(c.id())).count(),
                counts(received, Priority.values(), CaseFacts::priority, Priority::name),
                counts(received, Category.values(), CaseFacts::category, Category::label),
                counts(received, Channel.values(), CaseFacts::channel, Channel::label),
                systems(received),
                counts(received, FaultType.values(), CaseFacts::faultType, FaultType::label));

        List<TargetFacts> inPeriod = targets.stream()
                .filter(t -> byId.containsKey(t.caseId()) && byId.get(t.caseId()).status() != CaseStatus.CANCELLED)
                .filter(t -> p.contains(t.dueAt() != null ? t.dueAt() : t.startedAt()))
                .toList();
        List<SlaRow> sla = new ArrayList<>();
        for (SlaKind kind : SlaKind.values()) {
            List<TargetFacts> ofKind = inPeriod.stream().filter(t -> t.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            for (Priority level : Priority.values()) {
                List<TargetFacts> ofLevel = ofKind.stream()
                        .filter(t -> byId.get(t.caseId()).priority() == level).toList();
                if (!ofLevel.isEmpty()) {
                    sla.add(row(kind, level, ofLevel, now));
                }
            }
            sla.add(row(kind, null, ofKind, now));
        }

        List<TimeRow> times = new ArrayList<>();
        for (SlaKind kind : SlaKind.values()) {
            List<Duration> taken = inPeriod.stream().filter(t -> t.kind() == kind)
                    .filter(t -> t.status() == SlaTargetStatus.MET || t.status() == SlaTargetStatus.MET_LATE)
                    .map(TargetFacts::timeTaken).filter(Objects::nonNull).sorted().toList();
            if (!taken.isEmpty()) {
                times.add(new TimeRow(kind, taken.size(), median(taken), nearestRank(taken, 0.9)));
            }
        }

        List<Breach> breaches = inPeriod.stream().filter(t -> outcome(t, now) == Outcome.MET_LATE
                        || outcome(t, now) == Outcome.BREACHED)
                .sorted(Comparator.comparing(TargetFacts::dueAt).thenComparing(TargetFacts::caseId))
                .map(t -> new Breach(byId.get(t.caseId()).number(), byId.get(t.caseId()).priority(), t.kind(),
                        t.description(), t.dueAt(), t.metAt(),
                        outcome(t, now) == Outcome.BREACHED ? SlaTargetStatus.BREACHED : t.status(),
                        t.escalationLevel()))
                .toList();

        List<CaseFacts> confirmed = cases.stream().filter(c -> p.contains(c.confirmedAt())).toList();
        SatisfactionFigures satisfaction = new SatisfactionFigures("报修方确认",
                (int) confirmed.stream().filter(c -> c.satisfaction() == Satisfaction.EXCELLENT).count(),
                (int) confirmed.stream().filter(c -> c.satisfaction() == Satisfaction.GOOD).count(),
                (int) confirmed.stream().filter(c -> c.satisfaction() == Satisfaction.POOR).count(),
                (int) confirmed.stream().filter(c -> c.satisfaction() == null).count());

        return new PeriodReport(header, figures, sla, times, breaches, inspections, List.of(satisfaction), List.of());
    }

    enum Outcome { MET, MET_LATE, BREACHED, PAUSED, PENDING, CANCELLED }

    /**
     * A target's outcome as the report judges it: its status, except that a running target whose deadline has
     * passed (its timer not fired yet) is breached.
     */
    static Outcome outcome(TargetFacts t, Instant now) {
        return switch (t.status()) {
            case MET -> Outcome.MET;
            case MET_LATE -> Outcome.MET_LATE;
            case BREACHED -> Outcome.BREACHED;
            case PAUSED -> Outcome.PAUSED;
            case CANCELLED -> Outcome.CANCELLED;
            case RUNNING -> t.dueAt() != null && !t.dueAt().isAfter(now) ? Outcome.BREACHED : Outcome.PENDING;
        };
    }

    private static SlaRow row(SlaKind kind, Priority level, List<TargetFacts> targets, Instant now) {
        Map<Outcome, Long> n = targets.stream().collect(Collectors.groupingBy(t -> outcome(t, now),
                Collectors.counting()));
        int met = n.getOrDefault(Outcome.MET, 0L).intValue();
        int late = n.getOrDefault(Outcome.MET_LATE, 0L).intValue();
        int breached = n.getOrDefault(Outcome.BREACHED, 0L).intValue();
        int due = met + late + breached;
        Double percent = due == 0 ? null : Math.round(1000.0 * met / due) / 10.0;
        return new SlaRow(kind, level, due, met, late, breached, n.getOrDefault(Outcome.PAUSED, 0L).intValue(),
                n.getOrDefault(Outcome.PENDING, 0L).intValue(), n.getOrDefault(Outcome.CANCELLED, 0L).intValue(),
                percent);
    }

    /** Resolved in the period: a change into a closing status in [from, to) — a later reopening does not undo it. */
    private static boolean resolvedIn(CaseFacts c, Instant from, Instant to) {
        CaseStatus before = c.statusAt(from.minusNanos(1));
        boolean wasOpen = before == null || before.isOpen();
        for (CaseFacts.Change change : c.changes()) {
            if (change.toStatus() == null) {
                continue;
            }
            if (!change.at().isBefore(from) && change.at().isBefore(to) && wasOpen && DONE.contains(change.toStatus())) {
                return true;
            }
            wasOpen = change.toStatus().isOpen();
        }
        return false;
    }

    private static long sum(List<CaseFacts> cases, CaseEventType type, Instant from, Instant to) {
        return cases.stream().mapToLong(c -> c.count(type, from, to)).sum();
    }

    private static <E> List<Count> counts(List<CaseFacts> cases, E[] values, Function<CaseFacts, E> key,
                                          Function<E, String> label) {
        List<Count> result = new ArrayList<>();
        for (E value : values) {
            result.add(new Count(value.toString(), label.apply(value),
                    (int) cases.stream().filter(c -> value.equals(key.apply(c))).count()));
        }
        int none = (int) cases.stream().filter(c -> key.apply(c) == null).count();
        if (none > 0) {
            result.add(new Count("NONE", "未填写", none));
        }
        return result;
    }

    private static List<Count> systems(List<CaseFacts> cases) {
        Map<String, String> names = new LinkedHashMap<>();
        cases.stream().sorted(Comparator.comparing(c -> c.systemCode() == null ? "" : c.systemCode()))
                .forEach(c -> names.putIfAbsent(c.systemCode() == null ? "NONE" : c.systemCode(),
                        c.systemName() == null ? "未指定系统" : c.systemName()));
        return names.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue(),
                (int) cases.stream().filter(c -> e.getKey().equals(c.systemCode() == null ? "NONE" : c.systemCode()))
                        .count())).toList();
    }

    /** The median; of an even count, the mean of the two middle values. */
    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** The nearest-rank percentile: the smallest value with at least that share of the values at or below it. */
    static Duration nearestRank(List<Duration> sorted, double share) {
        return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }
}
