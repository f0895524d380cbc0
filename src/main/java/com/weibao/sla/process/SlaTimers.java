package com.weibao.sla.process;

import com.weibao.sla.CaseSlaTarget;
import com.weibao.sla.CaseSlaTargetRepository;
import com.weibao.sla.CaseSlaPauseRepository;
import com.weibao.sla.SlaSchedule;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The dates of a watcher's timers, computed in Java from the target: ${slaTimers.warningAt(slaTargetId)} and so on.
 * A watcher is started after every change of its target, so these are read once per deadline.
 */
@Component("slaTimers")
public class SlaTimers {

    private final CaseSlaTargetRepository targets;
    private final CaseSlaPauseRepository pauses;
    private final SlaSchedule schedule;

    protected SlaTimers(CaseSlaTargetRepository targets, CaseSlaPauseRepository pauses, SlaSchedule schedule) {
        this.targets = targets;
        this.pauses = pauses;
        this.schedule = schedule;
    }

    public Date warningAt(Long targetId) {
        return date(target(targetId).getWarningAt());
    }

    public Date dueAt(Long targetId) {
        return date(target(targetId).getDueAt());
    }

    public Date managerAt(Long targetId) {
        CaseSlaTarget target = target(targetId);
        return date(schedule.escalationAt(target, CaseSlaTarget.MANAGER, pauses.periodsOf(target.getCaseId())));
    }

    public Date hospitalAt(Long targetId) {
        CaseSlaTarget target = target(targetId);
        return date(schedule.escalationAt(target, CaseSlaTarget.HOSPITAL, pauses.periodsOf(target.getCaseId())));
    }

    private CaseSlaTarget target(Long targetId) {
        return targets.findById(targetId).orElseThrow(() -> new IllegalStateException("no SLA target " + targetId));
    }

    private static Date date(Instant instant) {
        if (instant == null) {
            throw new IllegalStateException("the target is paused; its watcher should not be running");
        }
        return Date.from(instant);
    }
}
