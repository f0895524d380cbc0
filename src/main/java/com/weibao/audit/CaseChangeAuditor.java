package com.weibao.audit;

import com.weibao.cases.CaseChanged;
import com.weibao.cases.CaseEvent;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every change of a case (REST, Tasklist, a timer, an intake route: whatever published {@link CaseChanged}),
 * recorded in the changing transaction: who (the actor of the case history's event), from where, which case of
 * which hospital. The content stays in the case history; the entry names the history event's type.
 */
@Component
class CaseChangeAuditor {

    private final SupportCaseService cases;
    private final AuditTrail trail;

    CaseChangeAuditor(SupportCaseService cases, AuditTrail trail) {
        this.cases = cases;
        this.trail = trail;
    }

    @EventListener
    void on(CaseChanged changed) {
        SupportCase supportCase = cases.get(changed.caseId());
        List<CaseEvent> history = supportCase.getHistory();
        String actor = history.stream().filter(e -> e.getType() == changed.type()).reduce((a, b) -> b)
                .or(() -> history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1)))
                .map(CaseEvent::getActor).orElse(null);
        Optional<HttpServletRequest> request = AuditRequests.current();
        trail.record(new AuditRecord(changed.at(), actor, request.map(AuditRequests::clientAddress).orElse(null),
                request.map(AuditRequests::surface).orElse(AuditSurface.SYSTEM), "CASE_" + changed.type().name(),
                "CASE", supportCase.getNumber(), supportCase.hospitalCode(), AuditOutcome.SUCCESS,
                "case history: " + changed.type().name()));
        request.ifPresent(AuditRequests::markChangesRecorded);
    }
}
