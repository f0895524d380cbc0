package com.weibao.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers WB-yyyy-nnnnnn, counting per year in Asia/Shanghai.
 * Each number is taken in a short transaction of its own, so concurrent intakes wait for a row lock
 * for a moment instead of for each other's whole registration; a registration that rolls back leaves a gap.
 */
@Component
public class CaseNumbers {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CaseNumberCounterRepository counters;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public CaseNumbers(CaseNumberCounterRepository counters, PlatformTransactionManager transactionManager,
                       Clock clock) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public String next() {
        int year = LocalDate.now(clock.withZone(SHANGHAI)).getYear();
        Long taken = ownTransaction.execute(status -> counters.lockYear(year).map(CaseNumberCounter::increment)
                .orElse(null));
        if (taken == null) {
            startYear(year);
            taken = ownTransaction.execute(status -> counters.lockYear(year).orElseThrow().increment());
        }
        return format(year, taken);
    }

    static String format(int year, long sequence) {
        return String.format("WB-%d-%06d", year, sequence);
    }

    private void startYear(int year) {
        try {
            ownTransaction.executeWithoutResult(status -> counters.saveAndFlush(new CaseNumberCounter(year)));
        } catch (DataIntegrityViolationException startedConcurrently) {
            // another registration created the year's counter first; use that one
        }
    }
}
