package com.weibao.intake.phone;

import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records CTI events on their call, each event once. A missed call or a voicemail starts the call-back path of
 * PhoneCallProcess, once per call: retries and replays of an event change nothing.
 */
@Service
public class PhoneCalls {

    private final PhoneCallRepository calls;
    private final PhoneCallEventRepository events;
    private final PhoneCallWorkflow workflow;
    private final Clock clock;

    PhoneCalls(PhoneCallRepository calls, PhoneCallEventRepository events, PhoneCallWorkflow workflow, Clock clock) {
        this.calls = calls;
        this.events = events;
        this.workflow = workflow;
        this.clock = clock;
    }

    public record Outcome(String callId, CtiEvent.Type event, boolean duplicate, PhoneCall.State state,
                          boolean callbackStarted) {
    }

    /** The unique key of an event: the CTI's event id, else the call id and the event type. */
    static String eventKey(String source, CtiEvent event) {
        return source + "|" + (event.eventId() == null || event.eventId().isBlank()
                ? "call:" + event.callId().strip() + ":" + event.type() : "event:" + event.eventId().strip());
    }

    public static void validate(CtiEvent event) {
        List<FieldViolation> violations = new ArrayList<>();
        if (event.type() == null) {
            violations.add(new FieldViolation("type", "is required: started, answered, ended, missed or voicemail"));
        }
        if (event.callId() == null || event.callId().isBlank()) {
            violations.add(new FieldViolation("callId", "is required"));
        } else if (event.callId().strip().length() > 128) {
            violations.add(new FieldViolation("callId", "is longer than 128 characters"));
        }
        if (event.eventId() != null && event.eventId().length() > 128) {
            violations.add(new FieldViolation("eventId", "is longer than 128 characters"));
        }
        if (event.type() != null && event.type().unanswered() && (event.caller() == null || event.caller().isBlank())) {
            violations.add(new FieldViolation("caller", "is required for a call that needs a call-back"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    @Transactional
    public Outcome record(String source, CtiEvent event, String payload) {
        validate(event);
        String key = eventKey(source, event);
        String callId = event.callId().strip();
        if (events.existsByEventKey(key)) {
            PhoneCall known = calls.findBySourceAndCallId(source, callId).orElseThrow();
            return new Outcome(callId, event.type(), true, known.getState(), false);
        }
        Instant now = clock.instant();
        PhoneCall call = calls.findBySourceAndCallId(source, callId)
                .orElseGet(() -> calls.saveAndFlush(new PhoneCall(source, callId, now)));
        events.saveAndFlush(new PhoneCallEvent(call.getId(), key, event.type(),
                event.occurredAt() == null ? null : event.occurredAt().toInstant(), now, payload));
        call.apply(event, now);
        boolean started = false;
        if (event.type().unanswered() && call.getProcessInstanceId() == null) {
            call.callbackStarted(workflow.startCallback(call), now);
            started = true;
        }
        return new Outcome(callId, event.type(), false, call.getState(), started);
    }

    @Transactional(readOnly = true)
    public boolean seen(String source, CtiEvent event) {
        return events.existsByEventKey(eventKey(source, event));
    }
}
