package com.weibao.cases.process;

import com.weibao.contract.ContractFormChoices;
import com.weibao.contract.ContractService;
import com.weibao.platform.engine.FormChoices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 登记报修 ({@code forms/case-register.form}) offers the contracts its user may see: the desk all it serves, a
 * hospital's IT department its own hospital's. Registration checks the chosen contract against the starter's rights.
 */
@Configuration
class CaseRegisterForm {

    static final String FORM_ID = "case-register";

    @Bean
    FormChoices caseRegisterContracts(ContractService contracts) {
        return new ContractFormChoices(contracts, FORM_ID, CaseVariables.CONTRACT_CODE);
    }
}
