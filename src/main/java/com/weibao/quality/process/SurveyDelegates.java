package com.weibao.quality.process;

import com.weibao.platform.engine.EngineCallers;
import com.weibao.quality.SurveyService;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The survey process's service tasks, thin: Task_OpenSurvey opens the survey of this process instance for the person
 * who started it (checked there: a service manager or team lead who may touch the contract) and hands the
 * multi-instance its calls; Task_IssueSurveyReport writes the result document of this process instance's survey.
 */
@Configuration
class SurveyDelegates {

    @Bean("openSurvey")
    JavaDelegate openSurvey(SurveyService surveys, EngineCallers callers) {
        return execution -> {
            Object contract = execution.getVariable(SurveyProcess.CONTRACT_CODE);
            Object departments = execution.getVariable(SurveyProcess.DEPARTMENTS);
            List<Long> calls = surveys.open(contract == null ? null : contract.toString(),
                    execution.getVariable(SurveyProcess.YEAR), departments == null ? null : departments.toString(),
                    callers.caller(execution, SurveyProcess.SYSTEM_ACTOR), execution.getProcessInstanceId());
            execution.removeVariable(SurveyProcess.DEPARTMENTS);
            execution.setVariable(SurveyProcess.CALL_IDS, new ArrayList<>(calls));
            execution.setProcessBusinessKey(surveys.businessKey(execution.getProcessInstanceId()));
        };
    }

    @Bean("issueSurveyReport")
    JavaDelegate issueSurveyReport(SurveyService surveys) {
        return (DelegateExecution execution) -> surveys.issueReport(execution.getProcessInstanceId());
    }
}
