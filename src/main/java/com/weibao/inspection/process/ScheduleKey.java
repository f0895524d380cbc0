package com.weibao.inspection.process;

import com.weibao.inspection.InspectionPlan;

/**
 * The business key of a plan's schedule process, "contract/plan". The application gives it when it starts the
 * schedule (no person starts one, and a business key cannot be changed afterwards), so the schedule's steps take
 * their plan from it rather than from a process variable.
 */
record ScheduleKey(String contractCode, String planCode) {

    static ScheduleKey of(InspectionPlan plan) {
        return new ScheduleKey(plan.getContract().getCode(), plan.getCode());
    }

    static ScheduleKey parse(String businessKey) {
        int slash = businessKey == null ? -1 : businessKey.indexOf('/');
        if (slash <= 0 || slash == businessKey.length() - 1) {
            throw new IllegalStateException("not the business key of an inspection schedule: " + businessKey);
        }
        return new ScheduleKey(businessKey.substring(0, slash), businessKey.substring(slash + 1));
    }

    String value() {
        return contractCode + "/" + planCode;
    }
}
