package com.weibao.contract;

import com.weibao.platform.engine.FormChoices;
import com.weibao.platform.security.Caller;
import java.util.List;

/**
 * A form's contract field as a dropdown of the contracts the caller may see, each shown by its name and hospital
 * and submitted by its code. Whether the caller may act on the chosen contract is still checked by whoever takes
 * the submitted form.
 */
public class ContractFormChoices implements FormChoices {

    private final ContractService contracts;
    private final String formId;
    private final String fieldKey;

    public ContractFormChoices(ContractService contracts, String formId, String fieldKey) {
        this.contracts = contracts;
        this.formId = formId;
        this.fieldKey = fieldKey;
    }

    @Override
    public String formId() {
        return formId;
    }

    @Override
    public String fieldKey() {
        return fieldKey;
    }

    @Override
    public List<Choice> choicesFor(Caller caller) {
        return contracts.visibleContracts(caller).stream()
                .map(c -> new Choice(c.getName() + "（" + c.getHospital().getName() + "）", c.getCode()))
                .toList();
    }
}
