package com.weibao.quality.process;

import com.weibao.contract.ContractFormChoices;
import com.weibao.contract.ContractService;
import com.weibao.platform.engine.FormChoices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The survey's start form ({@code forms/satisfaction-survey-start.form}) lists the contracts its user may see. Who
 * may start a survey for which contract is checked when the survey opens, not by the list.
 */
@Configuration
class SurveyStartForm {

    static final String FORM_ID = "satisfaction-survey-start";

    @Bean
    FormChoices surveyStartContracts(ContractService contracts) {
        return new ContractFormChoices(contracts, FORM_ID, SurveyProcess.CONTRACT_CODE);
    }
}
