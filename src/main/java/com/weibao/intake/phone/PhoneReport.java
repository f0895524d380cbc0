package com.weibao.intake.phone;

import com.weibao.cases.Impact;
import com.weibao.contract.Category;
import java.time.Instant;

/**
 * What the hotline agent took down about a call (the 电话报修 start form, completed by the look-up or the agent's
 * confirmation): who called from which number and when, for which contract, and what about. {@code callTimeReason}:
 * why the agent dates the call back (taken on paper), for the case history.
 */
public record PhoneReport(String callerPhone, Instant callTime, String callId, String callerName,
                          String callerDepartment, String callerEmail, String contractCode, String systemCode,
                          Category category, Impact impact, String summary, String description,
                          String openCaseNumber, String callTimeReason) {
}
