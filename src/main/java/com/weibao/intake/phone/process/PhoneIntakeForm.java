package com.weibao.intake.phone.process;

import com.weibao.contract.ContractFormChoices;
import com.weibao.contract.ContractService;
import com.weibao.platform.engine.FormChoices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 电话报修 ({@code forms/phone-intake.form}) offers the contracts its user may see; a known caller needs none. */
@Configuration
class PhoneIntakeForm {

    static final String FORM_ID = "phone-intake";

    @Bean
    FormChoices phoneIntakeContracts(ContractService contracts) {
        return new ContractFormChoices(contracts, FORM_ID, PhoneCallVariables.CONTRACT);
    }
}
