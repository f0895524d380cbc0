package com.weibao.change;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractFileSection;
import com.weibao.contract.ContractSection;
import com.weibao.contract.InvalidContractTerms;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code releases} key of a contract in the contract file into its {@link ReleaseCadence}; a contract
 * without the key has no release cadence (nothing is flagged overdue).
 * <pre>
 * releases: {every: P1W, atLatest: P2W}   # a release every week, a P3 case waits at most two weeks for one
 * </pre>
 */
@Component
class ReleaseTerms implements ContractSection {

    static final String KEY = "releases";

    private final ReleaseCadenceRepository cadences;

    ReleaseTerms(ReleaseCadenceRepository cadences) {
        this.cadences = cadences;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public void imported(Contract contract, ContractFileSection section) {
        if (!section.isPresent()) {
            cadences.findByContractCode(contract.getCode()).ifPresent(cadences::delete);
            return;
        }
        Entry entry = section.as(Entry.class);
        Period every = period("/every", entry.every());
        Period atLatest = period("/atLatest", entry.atLatest());
        if (atLatest.getDays() < every.getDays()) {
            throw new InvalidContractTerms("/atLatest", "at the latest (" + entry.atLatest()
                    + ") must not be shorter than every (" + entry.every() + ")");
        }
        ReleaseCadence cadence = cadences.findByContractCode(contract.getCode())
                .orElseGet(() -> new ReleaseCadence(contract.getCode()));
        cadence.update(every, atLatest);
        cadences.save(cadence);
    }

    private static Period period(String at, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidContractTerms(at, "required: a number of weeks or days such as P1W or P14D");
        }
        Period value;
        try {
            value = Period.parse(text.strip()).normalized();
        } catch (DateTimeParseException e) {
            throw new InvalidContractTerms(at, "'" + text + "' is not a period such as P1W or P14D");
        }
        if (value.getYears() != 0 || value.getMonths() != 0 || value.getDays() <= 0) {
            throw new InvalidContractTerms(at, "'" + text + "' must be a positive number of weeks or days, e.g. P1W");
        }
        return value;
    }

    record Entry(String every, String atLatest) {
    }
}
