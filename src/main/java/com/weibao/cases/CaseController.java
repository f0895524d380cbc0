package com.weibao.cases;

import com.weibao.cases.CaseApi.CaseDetails;
import com.weibao.cases.CaseApi.CaseSummary;
import com.weibao.cases.CaseApi.CreateCaseRequest;
import com.weibao.cases.CaseApi.EventView;
import com.weibao.cases.CaseApi.NoteRequest;
import com.weibao.contract.Priority;
import com.weibao.platform.files.FileDownloads;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import com.weibao.platform.web.PageParameters;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

    private static final int MAX_PAGE_SIZE = 200;

    private final SupportCaseService cases;
    private final CaseQueries queries;
    private final IdempotentCaseCreation idempotent;

    CaseController(SupportCaseService cases, CaseQueries queries, IdempotentCaseCreation idempotent) {
        this.cases = cases;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    /**
     * A new case. With an Idempotency-Key, a retry with the same key and body answers 201 with the case the first
     * request created (and {@code Idempotent-Replayed: true}) instead of creating another.
     */
    @PostMapping
    ResponseEntity<CaseDetails> create(@RequestBody CreateCaseRequest request,
                                       @RequestHeader(name = IdempotentCaseCreation.HEADER, required = false)
                                       String idempotencyKey,
                                       @AuthenticationPrincipal Caller caller) {
        if (idempotencyKey == null) {
            SupportCase created = cases.submit(request.toNewCase(caller.userId()), caller);
            return ResponseEntity.created(URI.create("/api/cases/" + created.getNumber()))
                    .body(queries.details(created.getNumber(), caller));
        }
        IdempotentCaseCreation.Created created = idempotent.create(idempotencyKey, request, caller);
        return ResponseEntity.created(URI.create("/api/cases/" + created.caseNumber()))
                .header("Idempotent-Replayed", String.valueOf(created.replayed()))
                .body(queries.details(created.caseNumber(), caller));
    }

    @GetMapping("/{number}")
    CaseDetails get(@PathVariable String number, @AuthenticationPrincipal Caller caller) {
        return queries.details(number, caller);
    }

    @GetMapping
    CaseApi.Page<CaseSummary> search(@RequestParam(required = false) String contract,
                                     @RequestParam(required = false) CaseStatus status,
                                     @RequestParam(required = false) Priority priority,
                                     @RequestParam(required = false) String text,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size,
                                     @AuthenticationPrincipal Caller caller) {
        PageParameters.check(page, size, MAX_PAGE_SIZE);
        return queries.search(new CaseQueries.Filter(contract, status, priority, text), page, size, caller);
    }

    @PostMapping("/{number}/notes")
    ResponseEntity<EventView> addNote(@PathVariable String number, @RequestBody NoteRequest request,
                                      @AuthenticationPrincipal Caller caller) {
        CaseEvent note = cases.addNote(number, request.text(), Boolean.TRUE.equals(request.fromReporter()),
                Channel.WEB, caller);
        return ResponseEntity.created(URI.create("/api/cases/" + number)).body(EventView.of(note));
    }

    /** A new level after triage, with the reason: for the desk, team leads and service managers. */
    @PostMapping("/{number}/priority")
    CaseDetails changePriority(@PathVariable String number, @RequestBody CaseApi.PriorityChange request,
                               @AuthenticationPrincipal Caller caller) {
        if (!(caller.isAdmin() || caller.inGroup(Roles.AGENTS) || caller.inGroup(Roles.LEADS)
                || caller.inGroup(Roles.MANAGERS))) {
            throw new AccessDeniedException("the desk, team leads and service managers change case levels");
        }
        SupportCase supportCase = cases.visibleCase(number, caller);
        cases.changePriority(supportCase.getId(), request.priority(), request.reason(), caller.userId());
        return queries.details(number, caller);
    }

    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable long id,
                                      @AuthenticationPrincipal Caller caller) {
        return FileDownloads.of(queries.attachment(number, id, caller).getFile());
    }
}
