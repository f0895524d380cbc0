package com.weibao.intake.phone.process;

import com.weibao.intake.phone.PhoneCall;
import com.weibao.intake.phone.PhoneCallWorkflow;
import com.weibao.platform.DisplayTimes;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The phone call process on Camunda: a missed call starts its call-back path by message. The call is bound to the
 * new process instance (PhoneCall.processInstanceId), by which the process's steps find it again.
 */
@Component
class CamundaPhoneCallWorkflow implements PhoneCallWorkflow {

    private final RuntimeService runtime;

    CamundaPhoneCallWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String startCallback(PhoneCall call) {
        return runtime.createMessageCorrelation(PhoneCallProcess.MESSAGE_CALL_MISSED)
                .processInstanceBusinessKey(call.getCallId())
                .setVariables(Variables.createVariables()
                        .putValue(PhoneCallVariables.CALLER_PHONE, call.getCaller())
                        .putValue(PhoneCallVariables.CALL_ID, call.getCallId())
                        .putValue(PhoneCallVariables.CALL_TIME, call.callTime().toString())
                        .putValue("callTimeText", DisplayTimes.format(call.callTime())))
                .correlateStartMessage().getId();
    }
}
