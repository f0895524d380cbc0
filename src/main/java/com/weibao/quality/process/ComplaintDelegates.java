package com.weibao.quality.process;

import com.weibao.quality.ComplaintService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complaint process's service tasks, each finding its complaint by the process instance it runs in:
 * Task_RemindHandlers (the deadline passed unanswered) and Task_InformComplainant (the answer to the complainant,
 * and the case that brought the complaint in closed with it).
 */
@Configuration
class ComplaintDelegates {

    @Bean("complaintOverdue")
    JavaDelegate complaintOverdue(ComplaintService complaints) {
        return execution -> complaints.overdue(complaints.idOfProcess(execution.getProcessInstanceId()));
    }

    @Bean("complaintAnswered")
    JavaDelegate complaintAnswered(ComplaintService complaints) {
        return execution -> complaints.informComplainant(complaints.idOfProcess(execution.getProcessInstanceId()));
    }
}
