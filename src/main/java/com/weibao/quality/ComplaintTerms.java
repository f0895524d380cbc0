package com.weibao.quality;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractFileSection;
import com.weibao.contract.ContractSection;
import com.weibao.contract.InvalidContractTerms;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code complaints} key of a contract in the contract file: how soon the service managers answer a
 * complaint, on one of the contract's clocks. Without the key: {@link ComplaintPolicy#DEFAULT_RESPONSE}.
 * <pre>
 * complaints:
 *   respondWithin: {duration: P1D, clock: WORKING_DAYS}   # or {duration: PT8H, clock: BUSINESS_HOURS, window: office}
 * </pre>
 */
@Component
class ComplaintTerms implements ContractSection {

    static final String KEY = "complaints";

    private final ComplaintPolicyRepository policies;

    ComplaintTerms(ComplaintPolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public void imported(Contract contract, ContractFileSection section) {
        if (!section.isPresent()) {
            policies.findById(contract.getCode()).ifPresent(policies::delete);
            return;
        }
        Entry entry = section.as(Entry.class);
        if (entry.respondWithin() == null) {
            throw new InvalidContractTerms("/respondWithin", "required, e.g. {duration: P1D, clock: WORKING_DAYS}");
        }
        TimeSpan respond = CallbackTerms.span(contract, "/respondWithin", entry.respondWithin());
        ComplaintPolicy policy = policies.findById(contract.getCode())
                .orElseGet(() -> new ComplaintPolicy(contract.getCode()));
        policy.update(respond);
        policies.save(policy);
    }

    record Entry(TimeSpan respondWithin) {
    }
}
