package com.weibao.intake.phone;

/** The phone call process, as the phone intake sees it; the Camunda adapter implements it. */
public interface PhoneCallWorkflow {

    /** Starts the call-back path for a missed call or voicemail; returns the process instance id. */
    String startCallback(PhoneCall call);
}
