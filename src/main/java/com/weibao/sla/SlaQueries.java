package com.weibao.sla;

import com.weibao.cases.CaseDeadlines;
import com.weibao.cases.SlaTargetView;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Priority;
import com.weibao.contract.ServiceWindow;
import com.weibao.contract.SlaKind;
import com.weibao.contract.SlaTargetDefinition;
import com.weibao.contract.SlaTrigger;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the SLA engine: a case's targets, the promise to a caller, the desk's hours, a preview. */
@Service
@Transactional(readOnly = true)
class SlaQueries implements CaseDeadlines, ResponsePromise, ServiceHours {

    private final CaseSlaTargetRepository targets;
    private final ContractService contracts;
    private final SlaSchedule schedule;
    private final WorkingTime time;
    private final StatutoryCalendars calendars;

    SlaQueries(CaseSlaTargetRepository targets, ContractService contracts, SlaSchedule schedule,
               WorkingTime time, StatutoryCalendars calendars) {
        this.targets = targets;
        this.contracts = contracts;
        this.schedule = schedule;
        this.time = time;
        this.calendars = calendars;
    }

    @Override
    public List<SlaTargetView> targetsOf(long caseId) {
        return targets.findByCaseIdOrderByIdAsc(caseId).stream().map(CaseSlaTarget::view).toList();
    }

    @Override
    public Optional<Instant> responseDueAt(long caseId) {
        return targets.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(t -> t.getKind() == SlaKind.RESPONSE && t.getStatus().isOpen() && t.getDueAt() != null)
                .map(CaseSlaTarget::getDueAt).min(Comparator.naturalOrder());
    }

    @Override
    public boolean isOpen(String contractCode, Instant at) {
        Contract contract = contracts.find(contractCode)
                .orElseThrow(() -> new IllegalArgumentException("no contract '" + contractCode + "'"));
        if (contract.getDeskWindow() == null) {
            return true;
        }
        var window = contract.serviceWindow(contract.getDeskWindow()).orElseThrow();
        return time.isOpen(at, window.window());
    }

    /** The deadlines a case of this level and category reported at that moment would get. */
    SlaPreview preview(Contract contract, Priority priority, Category category, Instant reportedAt) {
        List<SlaPreview.Target> previewed = contract.getSlaTargets().stream()
                .filter(d -> d.appliesTo(priority, category))
                .filter(d -> d.getTrigger() != SlaTrigger.REPORTED_WHILE_CLOSED
                        || schedule.applies(contract, d, priority, category, reportedAt, false))
                .map(d -> target(contract, d, reportedAt))
                .toList();
        Set<Integer> missing = calendars.missingYears();
        return new SlaPreview(contract.getCode(), priority, category, reportedAt, previewed,
                missing.isEmpty() ? null : "statutory holidays for " + missing
                        + " are not loaded; deadlines in those years count weekends only");
    }

    private SlaPreview.Target target(Contract contract, SlaTargetDefinition d, Instant reportedAt) {
        SlaSchedule.Allowance allowance = schedule.allowance(contract, d, reportedAt);
        SlaSchedule.Deadlines deadlines = schedule.deadlines(reportedAt, allowance.amount(), allowance.window(),
                schedule.warningRatio(d), List.of());
        return new SlaPreview.Target(d.getCode(), d.getKind(), d.getDescription(), d.getClock(), deadlines.warning(),
                deadlines.due(), d.getTrigger() == SlaTrigger.ONSITE_REQUIRED ? "ONSITE_REQUIRED" : null);
    }
}
