package com.weibao.quality.process;

import com.weibao.quality.QualityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReportOverdueFollowUp: the follow-up's deadline passed; the service managers are told. */
@Component("followUpOverdue")
class FollowUpOverdueDelegate implements JavaDelegate {

    private final QualityService quality;

    FollowUpOverdueDelegate(QualityService quality) {
        this.quality = quality;
    }

    @Override
    public void execute(DelegateExecution execution) {
        quality.followUpOverdue(quality.idOfProcess(execution.getProcessInstanceId()));
    }
}
