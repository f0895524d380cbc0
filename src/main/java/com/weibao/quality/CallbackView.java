package com.weibao.quality;

import com.weibao.cases.Satisfaction;
import java.time.Instant;

/** A case's callback as the API shows it. */
public record CallbackView(String caseNumber, String contract, CallbackDecision decision, CallbackStatus status,
                           Instant closedAt, Instant dueAt, int attemptsMade, int attemptsAllowed, Boolean solved,
                           Satisfaction rating, String comment, String calledBy, Instant finishedAt,
                           Instant followUpDueAt, FollowUpAction followUpAction, String followUpCase,
                           String followUpComplaint) {

    static CallbackView of(Callback c) {
        return new CallbackView(c.getCaseNumber(), c.getContractCode(), c.getDecision(), c.getStatus(),
                c.getClosedAt(), c.getDueAt(), c.getAttemptsMade(), c.getAttemptsAllowed(), c.getSolved(),
                c.getRating(), c.getComment(), c.getCalledBy(), c.getFinishedAt(), c.getFollowUpDueAt(),
                c.getFollowUpAction(), c.getFollowUpCase(),
                c.getFollowUpComplaint() == null ? null : "TS-" + c.getFollowUpComplaint());
    }
}
