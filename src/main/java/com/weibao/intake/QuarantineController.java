package com.weibao.intake;

import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the vendor's staff: intake requests that proved their origin but could not be taken, with their raw payload
 * (supervisors reprocess or dismiss them).
 */
@RestController
@RequestMapping("/api/intake/quarantine")
class QuarantineController {

    private final QuarantineRepository repository;
    private final IntakeQuarantine quarantine;

    QuarantineController(QuarantineRepository repository, IntakeQuarantine quarantine) {
        this.repository = repository;
        this.quarantine = quarantine;
    }

    record QuarantineView(long id, String source, QuarantinedRequest.Reason reason, String detail,
                          boolean authenticated, String reference, String requestLine, String headers, String payload,
                          long payloadBytes, boolean payloadKept, Instant receivedAt, QuarantinedRequest.Status status,
                          String resolvedBy, Instant resolvedAt, String resolutionNote) {

        static QuarantineView of(QuarantinedRequest q) {
            return new QuarantineView(q.getId(), q.getSource(), q.getReason(), q.getDetail(), q.isAuthenticated(),
                    q.getReference(), q.getRequestLine(), q.getHeaders(), q.getPayload(), q.getPayloadBytes(),
                    q.isPayloadKept(), q.getReceivedAt(), q.getStatus(), q.getResolvedBy(), q.getResolvedAt(),
                    q.getResolutionNote());
        }
    }

    record DismissRequest(String note) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<QuarantineView> list(@RequestParam(defaultValue = "OPEN") QuarantinedRequest.Status status,
                              @RequestParam(required = false) String source,
                              @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Caller caller) {
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException("the intake quarantine is for the vendor's staff");
        }
        if (size < 1 || size > 500) {
            throw InvalidRequestException.of("size", "must be between 1 and 500");
        }
        PageRequest page = PageRequest.of(0, size);
        List<QuarantinedRequest> found = source == null || source.isBlank()
                ? repository.findByStatusOrderByReceivedAtDescIdDesc(status, page)
                : repository.findByStatusAndSourceStartingWithOrderByReceivedAtDescIdDesc(status, source, page);
        return found.stream().map(QuarantineView::of).toList();
    }

    @PostMapping("/{id}/reprocess")
    QuarantineView reprocess(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireSupervisor(caller, "reprocess intake requests");
        return QuarantineView.of(quarantine.reprocess(id, caller.userId()));
    }

    @PostMapping("/{id}/dismiss")
    QuarantineView dismiss(@PathVariable long id, @RequestBody(required = false) DismissRequest request,
                           @AuthenticationPrincipal Caller caller) {
        requireSupervisor(caller, "dismiss intake requests");
        return QuarantineView.of(quarantine.dismiss(id, caller.userId(), request == null ? null : request.note()));
    }

    /** Team leads, service managers and administrators look after what the intake refused or could not take. */
    static void requireSupervisor(Caller caller, String what) {
        if (!(caller.isAdmin() || caller.inGroup(Roles.LEADS) || caller.inGroup(Roles.MANAGERS))) {
            throw new AccessDeniedException("only team leads, service managers and administrators " + what);
        }
    }
}
