package com.weibao.report;

import com.weibao.cases.CaseReportQueries;
import com.weibao.cases.SlaTargetStatus;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Priority;
import com.weibao.inspection.InspectionApi.PeriodSummary;
import com.weibao.inspection.InspectionQueries;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import com.weibao.quality.QualityQueries;
import com.weibao.quality.SatisfactionSource;
import com.weibao.report.Dashboard.Band;
import com.weibao.report.Dashboard.Breach;
import com.weibao.report.Dashboard.Breaches;
import com.weibao.report.Dashboard.ContractRef;
import com.weibao.report.Dashboard.Inspections;
import com.weibao.report.Dashboard.LevelRow;
import com.weibao.report.Dashboard.OpenCases;
import com.weibao.report.Dashboard.Scope;
import com.weibao.report.Dashboard.SlaMonth;
import com.weibao.report.Dashboard.SourceRow;
import com.weibao.sla.SlaReportQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor dashboard's figures, counted in the database when asked (no cache: a figure is never older than the
 * request) through the published queries of the cases, SLA, inspection and quality modules. Who sees what is the
 * period report's rule: the vendor's staff every contract, a hospital's IT department its hospital's contracts;
 * another hospital's or an unknown contract is "not found" alike; clinical departments are refused.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    static final int MONTHS = 12;
    static final int BREACHES_SHOWN = 100;
    static final List<Duration> AGE_BANDS = List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(30));
    private static final List<Band> BANDS = List.of(new Band("D1", "1天内"), new Band("D3", "1–3天"),
            new Band("D7", "3–7天"), new Band("D30", "7–30天"), new Band("OLDER", "30天以上"));
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final ContractService contracts;
    private final CaseReportQueries cases;
    private final SlaReportQueries sla;
    private final InspectionQueries inspections;
    private final QualityQueries quality;
    private final Clock clock;

    DashboardQueries(ContractService contracts, CaseReportQueries cases, SlaReportQueries sla,
                     InspectionQueries inspections, QualityQueries quality, Clock clock) {
        this.contracts = contracts;
        this.cases = cases;
        this.sla = sla;
        this.inspections = inspections;
        this.quality = quality;
        this.clock = clock;
    }

    /** The dashboard of one contract ({@code contractCode} given) or of every contract the caller may read. */
    public Dashboard dashboard(String contractCode, Caller caller) {
        List<Contract> readable = contracts.visibleContracts(caller).stream()
                .filter(c -> ReportDrafter.mayRead(c, caller)).toList();
        List<Contract> scope;
        Scope label;
        if (contractCode == null) {
            if (readable.isEmpty()) {
                throw new AccessDeniedException("看板仅供厂商人员和院方信息科查看");
            }
            scope = readable;
            label = new Scope(null, "全部合同（" + readable.size() + " 个）");
        } else {
            if (!CODE.matcher(contractCode).matches()) {
                throw InvalidRequestException.of("contract", "合同编号只能由字母、数字、连字符和下划线组成，最长 64 个字符");
            }
            Contract contract = contracts.findVisible(contractCode, caller)
                    .orElseThrow(() -> new NotFoundException("没有编号为“" + contractCode + "”的合同，或您无权查看"));
            if (!ReportDrafter.mayRead(contract, caller)) {
                throw new AccessDeniedException("看板仅供厂商人员和院方信息科查看");
            }
            scope = List.of(contract);
            label = new Scope(contract.getCode(), contract.getHospital().getName() + " · " + contract.getName());
        }
        List<String> codes = scope.stream().map(Contract::getCode).toList();
        Instant now = clock.instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(ReportPeriod.ZONE));
        return new Dashboard(label,
                readable.stream().map(c -> new ContractRef(c.getCode(), c.getName(), c.getHospital().getName()))
                        .toList(),
                now, trend(codes, thisMonth, now), open(codes, now), breaches(codes, thisMonth, now),
                inspections(scope, caller), satisfaction(codes, thisMonth));
    }

    private List<SlaMonth> trend(List<String> codes, YearMonth thisMonth, Instant now) {
        List<ReportPeriod> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(ReportPeriod.parse(thisMonth.minusMonths(i).toString()));
        }
        List<Instant> bounds = new ArrayList<>(months.stream().map(ReportPeriod::from).toList());
        bounds.add(months.get(months.size() - 1).to());
        List<SlaReportQueries.Outcomes> outcomes = sla.outcomesBySpan(codes, bounds, now);
        List<SlaMonth> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            SlaReportQueries.Outcomes o = outcomes.get(i);
            trend.add(new SlaMonth(months.get(i).name(), months.get(i).label(), o.due(), o.met(), o.metLate(),
                    o.breached(), o.pending(), o.due() == 0 ? null : Math.round(1000.0 * o.met() / o.due()) / 10.0));
        }
        return trend;
    }

    private OpenCases open(List<String> codes, Instant now) {
        Map<Priority, List<Long>> byLevel = new EnumMap<>(Priority.class);
        List<Long> untriaged = null;
        for (CaseReportQueries.OpenByAge row : cases.openByLevelAndAge(codes, AGE_BANDS, now)) {
            if (row.level() == null) {
                untriaged = row.byAge();
            } else {
                byLevel.put(row.level(), row.byAge());
            }
        }
        List<LevelRow> levels = new ArrayList<>();
        for (Priority level : Priority.values()) {
            levels.add(levelRow(level.name(), level.name() + "（" + level.label() + "）",
                    byLevel.getOrDefault(level, zeros())));
        }
        if (untriaged != null) {
            levels.add(levelRow("NONE", "未分级", untriaged));
        }
        return new OpenCases(BANDS, levels, levels.stream().mapToLong(LevelRow::total).sum());
    }

    private static LevelRow levelRow(String level, String label, List<Long> byAge) {
        return new LevelRow(level, label, byAge, byAge.stream().mapToLong(Long::longValue).sum());
    }

    private static List<Long> zeros() {
        return java.util.Collections.nCopies(BANDS.size(), 0L);
    }

    private Breaches breaches(List<String> codes, YearMonth thisMonth, Instant now) {
        ReportPeriod month = ReportPeriod.parse(thisMonth.toString());
        List<Breach> items = sla.missed(codes, month.from(), month.to(), now, BREACHES_SHOWN).stream().map(m -> {
            long minutes = Duration.between(m.dueAt(), m.metAt() != null ? m.metAt() : now).toMinutes();
            boolean open = m.metAt() == null;
            return new Breach(m.caseNumber(), m.level() == null ? null : m.level().name(),
                    m.level() == null ? "未分级" : m.level().name() + "（" + m.level().label() + "）",
                    m.kind().name(), m.kind().label(), m.description(), m.dueAt(), m.metAt(),
                    open ? SlaTargetStatus.BREACHED.name() : m.status().name(),
                    open ? "超时未达成" : m.status().label(), minutes, lateText(minutes));
        }).toList();
        return new Breaches(month.name(), month.label(), sla.countMissed(codes, month.from(), month.to(), now), items);
    }

    /** 3天2小时5分, 2小时, 45分 (under a minute: 不足1分). */
    static String lateText(long minutes) {
        if (minutes < 1) {
            return "不足1分";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        return (days > 0 ? days + "天" : "") + (hours > 0 ? hours + "小时" : "") + (rest > 0 ? rest + "分" : "");
    }

    private Inspections inspections(List<Contract> scope, Caller caller) {
        long planned = 0;
        long done = 0;
        long signed = 0;
        long missed = 0;
        long awaiting = 0;
        String period = null;
        for (Contract c : scope) {
            PeriodSummary s = inspections.summary(c.getCode(), null, caller);
            period = s.period();
            planned += s.planned();
            done += s.done();
            signed += s.signed();
            missed += s.missed();
            awaiting += inspections.awaitingSignOff(c.getCode(), caller);
        }
        return new Inspections(period, period == null ? "" : ReportPeriod.parse(period).label(), planned, done, signed,
                missed, awaiting);
    }

    private Dashboard.Satisfaction satisfaction(List<String> codes, YearMonth thisMonth) {
        LocalDate first = thisMonth.minusMonths(MONTHS - 1).atDay(1);
        Instant from = first.atStartOfDay(ReportPeriod.ZONE).toInstant();
        Map<SatisfactionSource, QualityQueries.Counts> counts = quality.ratingCounts(codes, from,
                ReportPeriod.parse(thisMonth.toString()).to());
        List<SourceRow> bySource = new ArrayList<>();
        long excellent = 0;
        long good = 0;
        long poor = 0;
        for (Map.Entry<SatisfactionSource, QualityQueries.Counts> e : counts.entrySet()) {
            QualityQueries.Counts c = e.getValue();
            if (c.total() > 0) {
                bySource.add(new SourceRow(e.getKey().name(), e.getKey().label(), c.excellent(), c.good(), c.poor()));
            }
            excellent += c.excellent();
            good += c.good();
            poor += c.poor();
        }
        return new Dashboard.Satisfaction(first.getYear() + "年" + first.getMonthValue() + "月至今", excellent, good,
                poor, excellent + good + poor, bySource);
    }
}
