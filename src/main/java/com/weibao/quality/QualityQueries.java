package com.weibao.quality;

import com.weibao.cases.Satisfaction;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Satisfaction and callback coverage of a contract in a period, for those who may see its hospital. */
@Service
@Transactional(readOnly = true)
public class QualityQueries {

    private final ContractService contracts;
    private final SupportCaseService cases;
    private final SatisfactionRepository ratings;
    private final CallbackRepository callbacks;
    private final Clock clock;

    QualityQueries(ContractService contracts, SupportCaseService cases, SatisfactionRepository ratings,
                   CallbackRepository callbacks, Clock clock) {
        this.contracts = contracts;
        this.cases = cases;
        this.ratings = ratings;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** Ratings by source and 优/良/差, and the callbacks of the cases closed in the period (dates inclusive). */
    public SatisfactionReport satisfaction(String contractCode, LocalDate from, LocalDate to, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        DateRange range = DateRange.of(from, to, clock);
        LocalDate first = range.first();
        LocalDate last = range.last();
        Instant start = range.start();
        Instant end = range.end();

        List<SatisfactionRecord> given = ratings
                .findByContractCodeAndGivenAtGreaterThanEqualAndGivenAtLessThanOrderByGivenAtAsc(contract.getCode(),
                        start, end);
        Map<SatisfactionSource, Counts> bySource = new LinkedHashMap<>();
        for (SatisfactionSource source : SatisfactionSource.values()) {
            bySource.put(source, Counts.of(given.stream().filter(r -> r.getSource() == source)
                    .map(SatisfactionRecord::getRating).toList()));
        }
        Counts all = Counts.of(given.stream().map(SatisfactionRecord::getRating).toList());

        List<Callback> decided = callbacks.findByContractCodeAndClosedAtGreaterThanEqualAndClosedAtLessThan(
                contract.getCode(), start, end);
        Map<CallbackDecision, Long> decisions = new EnumMap<>(CallbackDecision.class);
        for (CallbackDecision d : CallbackDecision.values()) {
            decisions.put(d, decided.stream().filter(c -> c.getDecision() == d).count());
        }
        long selected = decisions.get(CallbackDecision.SELECTED);
        Coverage coverage = new Coverage(decided.size(), selected, status(decided, CallbackStatus.REACHED),
                status(decided, CallbackStatus.UNREACHABLE), status(decided, CallbackStatus.REFUSED),
                status(decided, CallbackStatus.SCHEDULED), decisions,
                decided.isEmpty() ? null : Math.round(1000.0 * selected / decided.size()) / 10.0,
                decided.stream().filter(Callback::needsFollowUp).count());
        return new SatisfactionReport(contract.getCode(), first, last, bySource, all, coverage,
                given.stream().map(r -> new Rating(r.getCaseNumber(), r.getDepartment(), r.getSource(), r.getRating(),
                        r.getComment(), r.getGivenBy(), r.getGivenAt())).toList());
    }

    /**
     * Ratings by source and 优/良/差 given in [from, to) for these contracts, counted in the database (callers check
     * the caller's right to the contracts first).
     */
    public Map<SatisfactionSource, Counts> ratingCounts(java.util.Collection<String> contractCodes, Instant from,
                                                        Instant to) {
        Map<SatisfactionSource, long[]> n = new EnumMap<>(SatisfactionSource.class);
        for (SatisfactionSource source : SatisfactionSource.values()) {
            n.put(source, new long[3]);
        }
        if (!contractCodes.isEmpty()) {
            ratings.countBySourceAndRating(contractCodes, from, to).forEach(row ->
                    n.get((SatisfactionSource) row[0])[((Satisfaction) row[1]).ordinal()] += (Long) row[2]);
        }
        Map<SatisfactionSource, Counts> result = new LinkedHashMap<>();
        n.forEach((source, c) -> result.put(source, new Counts(c[0], c[1], c[2], c[0] + c[1] + c[2])));
        return result;
    }

    /** The callback of a case the caller may see. */
    public CallbackView callbackOf(String caseNumber, Caller caller) {
        SupportCase c = cases.visibleCase(caseNumber, caller);
        return callbacks.findByCaseId(c.getId()).map(CallbackView::of)
                .orElseThrow(() -> new NotFoundException("case " + caseNumber + " has no callback decision (not closed)"));
    }

    private static long status(List<Callback> list, CallbackStatus status) {
        return list.stream().filter(c -> c.getStatus() == status).count();
    }

    public record Counts(long excellent, long good, long poor, long total) {
        static Counts of(List<Satisfaction> list) {
            long e = list.stream().filter(s -> s == Satisfaction.EXCELLENT).count();
            long g = list.stream().filter(s -> s == Satisfaction.GOOD).count();
            long p = list.stream().filter(s -> s == Satisfaction.POOR).count();
            return new Counts(e, g, p, e + g + p);
        }
    }

    /**
     * Cases closed in the period with a callback decision, how many were selected, reached, unreachable, refused,
     * still scheduled; decisions by reason; the selected share in per cent; how many needed the manager's follow-up.
     */
    public record Coverage(long closed, long selected, long reached, long unreachable, long refused, long pending,
                           Map<CallbackDecision, Long> decisions, Double selectedPercent, long followUps) {
    }

    /** One rating: of a case (confirmation, callback), or of a department (survey: no case). */
    public record Rating(String caseNumber, String department, SatisfactionSource source, Satisfaction rating, String comment,
                         String givenBy, Instant givenAt) {
    }

    public record SatisfactionReport(String contract, LocalDate from, LocalDate to,
                                     Map<SatisfactionSource, Counts> bySource, Counts total, Coverage callbacks,
                                     List<Rating> ratings) {
    }
}
