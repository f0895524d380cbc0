package com.weibao.sla;

import com.weibao.contract.Category;
import com.weibao.contract.ContractService;
import com.weibao.contract.Priority;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SlaController {

    private final SlaQueries queries;
    private final ContractService contracts;
    private final StatutoryCalendars calendars;
    private final Clock clock;

    SlaController(SlaQueries queries, ContractService contracts, StatutoryCalendars calendars, Clock clock) {
        this.queries = queries;
        this.contracts = contracts;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** What a case of this level and category reported at that time would be promised. */
    @GetMapping("/api/contracts/{code}/sla-preview")
    @Transactional(readOnly = true)
    SlaPreview preview(@PathVariable String code, @RequestParam Priority priority,
                       @RequestParam(defaultValue = "FAULT") Category category,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                       OffsetDateTime reportedAt, @AuthenticationPrincipal Caller caller) {
        return queries.preview(contracts.visibleContract(code, caller), priority, category,
                reportedAt == null ? clock.instant() : reportedAt.toInstant());
    }

    @GetMapping("/api/sla/calendar")
    Map<String, Object> calendar() {
        return Map.of("loadedYears", calendars.current().loadedYears(), "missingYears", calendars.missingYears());
    }

    /** Reads the statutory calendar files again (after an administrator added next year's arrangement). */
    @PostMapping("/api/sla/calendar/reload")
    Map<String, Object> reload(@AuthenticationPrincipal Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("only administrators reload the statutory calendar");
        }
        try {
            calendars.reload();
        } catch (StatutoryCalendars.CalendarFileException e) {
            throw InvalidRequestException.of("calendar", e.getMessage());
        }
        return calendar();
    }
}
