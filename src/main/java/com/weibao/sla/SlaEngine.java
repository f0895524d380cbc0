package com.weibao.sla;

import com.weibao.cases.CaseChanged;
import com.weibao.cases.SlaTargetStatus;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.SlaKind;
import com.weibao.contract.SlaTargetDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each case's SLA targets in step with the case: sets them from the contract's promises for the case's
 * level and category, stops and restarts their clock when the case waits, marks them met when what they promise
 * happens, and has the timers re-armed whenever a deadline moves or the case goes on in another process instance
 * (handed over to its hospital's tenant). What satisfies a target:
 * <ul>
 *   <li>RESPONSE: the desk accepts the case (triage, the reporter is told) or an engineer takes it or supports;</li>
 *   <li>SOLUTION_PLAN: the first solution plan recorded, or the resolution;</li>
 *   <li>ONSITE_ARRIVAL: the start of an on-site support action;</li>
 *   <li>RESOLUTION: the case resolved (a reopened case opens it again, deadline unchanged).</li>
 * </ul>
 */
@Service
@Transactional
public class SlaEngine {

    private final SupportCaseService cases;
    private final CaseSlaTargetRepository targets;
    private final CaseSlaPauseRepository pauses;
    private final SlaSchedule schedule;
    private final SlaWatch watch;
    private final Clock clock;

    SlaEngine(SupportCaseService cases, CaseSlaTargetRepository targets, CaseSlaPauseRepository pauses,
              SlaSchedule schedule, SlaWatch watch, Clock clock) {
        this.cases = cases;
        this.targets = targets;
        this.pauses = pauses;
        this.schedule = schedule;
        this.watch = watch;
        this.clock = clock;
    }

    @EventListener
    void on(CaseChanged change) {
        SupportCase c = cases.lock(change.caseId());
        if (c.getContract() == null) {
            return;
        }
        Instant at = change.at();
        List<CaseSlaTarget> touched = switch (change.type()) {
            case CONTRACT_ASSIGNED, PRIORITY_PROPOSED, PRIORITY_CHANGED, ONSITE_REQUIRED -> retarget(c);
            case TRIAGED -> join(retarget(c), met(c, SlaKind.RESPONSE, at));
            case ASSIGNED -> met(c, SlaKind.RESPONSE, at);
            case SUPPORT_ACTION -> join(met(c, SlaKind.RESPONSE, at), c.lastOnsiteArrival() == null ? List.of()
                    : met(c, SlaKind.ONSITE_ARRIVAL, c.lastOnsiteArrival()));
            case SOLUTION_PLANNED -> met(c, SlaKind.SOLUTION_PLAN, c.getSolutionPlannedAt());
            case WAITING_FOR_REPORTER -> pause(c, CaseSlaPause.Reason.WAITING_FOR_REPORTER, at);
            case WAITING_FOR_AGREED_TIME -> pause(c, CaseSlaPause.Reason.AGREED_TIME, at);
            case REPORTER_REPLIED, AGREED_TIME_REACHED -> resume(c, at);
            case RESOLVED -> join(met(c, SlaKind.RESPONSE, at), met(c, SlaKind.SOLUTION_PLAN, at),
                    met(c, SlaKind.RESOLUTION, c.getResolvedAt()));
            case REOPENED -> reopen(c);
            case CLOSED, CANCELLED -> cancelOpen(c);
            case HANDED_OVER -> watched(c);
            default -> List.of();
        };
        if (!touched.isEmpty()) {
            watch.refresh(c.getProcessInstanceId(), touched);
        }
    }

    /** The case's targets, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseSlaTarget> targetsOf(long caseId) {
        return targets.findByCaseIdOrderByIdAsc(caseId);
    }

    /** Sets the targets the case's level, category and situation call for; ends those it no longer does. */
    private List<CaseSlaTarget> retarget(SupportCase c) {
        Contract contract = c.getContract();
        List<CaseSlaTarget> existing = targets.findByCaseIdOrderByIdAsc(c.getId());
        List<SlaTargetDefinition> wanted = contract.getSlaTargets().stream()
                .filter(d -> schedule.applies(contract, d, c.getPriority(), c.getCategory(), c.getReportedAt(),
                        c.getOnsiteRequiredAt() != null))
                .toList();
        List<CaseSlaTarget> touched = new ArrayList<>();
        for (CaseSlaTarget target : existing) {
            if (target.getStatus().isOpen() && wanted.stream().noneMatch(d -> d.getCode().equals(target.getCode()))) {
                target.cancel();
                touched.add(target);
            }
        }
        List<Period> stopped = pauses.periodsOf(c.getId());
        Instant now = clock.instant();
        for (SlaTargetDefinition definition : wanted) {
            boolean present = existing.stream().anyMatch(t -> t.getCode().equals(definition.getCode())
                    && t.getStatus() != SlaTargetStatus.CANCELLED);
            if (present) {
                continue;
            }
            SlaSchedule.Allowance allowance = schedule.allowance(contract, definition, c.getReportedAt());
            CaseSlaTarget target = new CaseSlaTarget(c.getId(), definition.getCode(), definition.getKind(),
                    definition.getDescription(), definition.getClock(), allowance.window(), allowance.amount(),
                    schedule.warningRatio(definition), c.getReportedAt(), now);
            plan(target, stopped);
            targets.save(target);
            Optional<Instant> alreadyMet = existing.stream()
                    .filter(t -> t.getKind() == definition.getKind() && t.getMetAt() != null)
                    .map(CaseSlaTarget::getMetAt).findFirst();
            alreadyMet.ifPresent(at -> target.met(at, schedule.taken(target, at, stopped)));
            touched.add(target);
        }
        return touched;
    }

    private List<CaseSlaTarget> met(SupportCase c, SlaKind kind, Instant at) {
        if (at == null) {
            return List.of();
        }
        List<Period> stopped = pauses.periodsOf(c.getId());
        List<CaseSlaTarget> touched = new ArrayList<>();
        for (CaseSlaTarget target : targets.findByCaseIdOrderByIdAsc(c.getId())) {
            if (target.getKind() == kind && target.getStatus().isOpen()) {
                target.met(at, schedule.taken(target, at, stopped));
                touched.add(target);
            }
        }
        return touched;
    }

    private List<CaseSlaTarget> pause(SupportCase c, CaseSlaPause.Reason reason, Instant at) {
        if (pauses.findByCaseIdOrderByPausedAtAsc(c.getId()).stream().noneMatch(p -> p.getResumedAt() == null)) {
            pauses.save(new CaseSlaPause(c.getId(), at, reason));
        }
        List<CaseSlaTarget> touched = new ArrayList<>();
        for (CaseSlaTarget target : targets.findByCaseIdOrderByIdAsc(c.getId())) {
            if (target.getStatus() == SlaTargetStatus.RUNNING || target.getStatus() == SlaTargetStatus.BREACHED) {
                target.schedule(null, null, at);
                touched.add(target);
            }
        }
        return touched;
    }

    private List<CaseSlaTarget> resume(SupportCase c, Instant at) {
        pauses.findByCaseIdOrderByPausedAtAsc(c.getId()).stream().filter(p -> p.getResumedAt() == null)
                .forEach(p -> p.resume(at));
        List<Period> stopped = pauses.periodsOf(c.getId());
        List<CaseSlaTarget> touched = new ArrayList<>();
        for (CaseSlaTarget target : targets.findByCaseIdOrderByIdAsc(c.getId())) {
            if (target.getStatus() == SlaTargetStatus.PAUSED) {
                plan(target, stopped);
                touched.add(target);
            }
        }
        return touched;
    }

    private List<CaseSlaTarget> reopen(SupportCase c) {
        List<Period> stopped = pauses.periodsOf(c.getId());
        List<CaseSlaTarget> touched = new ArrayList<>();
        for (CaseSlaTarget target : targets.findByCaseIdOrderByIdAsc(c.getId())) {
            if (target.getKind() == SlaKind.RESOLUTION && target.getMetAt() != null) {
                target.reopen();
                plan(target, stopped);
                touched.add(target);
            }
        }
        return touched;
    }

    /** The targets with a watcher, to be watched again in the case's process instance of now. */
    private List<CaseSlaTarget> watched(SupportCase c) {
        return targets.findByCaseIdOrderByIdAsc(c.getId()).stream().filter(CaseSlaTarget::isWatched).toList();
    }

    private List<CaseSlaTarget> cancelOpen(SupportCase c) {
        List<CaseSlaTarget> touched = new ArrayList<>();
        for (CaseSlaTarget target : targets.findByCaseIdOrderByIdAsc(c.getId())) {
            if (target.getStatus().isOpen()) {
                target.cancel();
                touched.add(target);
            }
        }
        return touched;
    }

    private void plan(CaseSlaTarget target, List<Period> stopped) {
        SlaSchedule.Deadlines deadlines = schedule.deadlines(target.getStartedAt(), target.duration(), target.window(),
                target.getWarningRatio(), stopped);
        target.schedule(deadlines.due(), deadlines.warning(), clock.instant());
    }

    @SafeVarargs
    private static List<CaseSlaTarget> join(List<CaseSlaTarget>... lists) {
        List<CaseSlaTarget> all = new ArrayList<>();
        for (List<CaseSlaTarget> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
