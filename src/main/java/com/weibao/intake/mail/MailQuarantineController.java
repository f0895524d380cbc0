package com.weibao.intake.mail;

import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail quarantine for the vendor's staff: what could not be taken in and why, the raw mail to download; team
 * leads, service managers and administrators reprocess or discard each item.
 */
@RestController
@RequestMapping("/api/mail-quarantine")
class MailQuarantineController {

    record QuarantineItem(long id, String mailbox, String sender, String subject, long size, String error,
                          Instant receivedAt, Instant quarantinedAt, QuarantinedMail.Status status, int attempts,
                          String resolvedBy, Instant resolvedAt, String caseNumber, String rawHref) {

        static QuarantineItem of(QuarantinedMail q) {
            return new QuarantineItem(q.getId(), q.getMailbox(), q.getSender(), q.getSubject(), q.getSize(),
                    q.getError(), q.getReceivedAt(), q.getQuarantinedAt(), q.getStatus(), q.getAttempts(),
                    q.getResolvedBy(), q.getResolvedAt(), q.getCaseNumber(), "/api/mail-quarantine/" + q.getId() + "/raw");
        }
    }

    record QuarantineList(List<QuarantineItem> items, boolean canResolve) {
    }

    record ReprocessResult(QuarantineItem item, MailIntakeService.Result result, String caseNumber) {
    }

    private final QuarantinedMailRepository repository;
    private final MailIntakeService intake;

    MailQuarantineController(QuarantinedMailRepository repository, MailIntakeService intake) {
        this.repository = repository;
        this.intake = intake;
    }

    @GetMapping
    @Transactional(readOnly = true)
    QuarantineList list(@RequestParam(defaultValue = "OPEN") QuarantinedMail.Status status,
                        @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Caller caller) {
        requireVendorStaff(caller);
        if (size < 1 || size > 500) {
            throw InvalidRequestException.of("size", "must be between 1 and 500");
        }
        return new QuarantineList(repository.findByStatusOrderByQuarantinedAtDesc(status, PageRequest.of(0, size))
                .stream().map(QuarantineItem::of).toList(), isSupervisor(caller));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    QuarantineItem get(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireVendorStaff(caller);
        return QuarantineItem.of(find(id));
    }

    /** The mail exactly as received, to open in a mail client (message/rfc822, .eml). */
    @GetMapping("/{id}/raw")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> raw(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireVendorStaff(caller);
        QuarantinedMail item = find(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("quarantine-" + id + ".eml").build().toString())
                .body(item.getRaw());
    }

    @PostMapping("/{id}/reprocess")
    ReprocessResult reprocess(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireSupervisor(caller);
        MailIntakeService.Intake result = intake.reprocess(id, caller.userId());
        return new ReprocessResult(QuarantineItem.of(repository.findById(id).orElseThrow()), result.result(),
                result.caseNumber());
    }

    @PostMapping("/{id}/discard")
    QuarantineItem discard(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireSupervisor(caller);
        intake.discard(id, caller.userId());
        return QuarantineItem.of(repository.findById(id).orElseThrow());
    }

    private QuarantinedMail find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("no quarantined mail " + id));
    }

    private static boolean isSupervisor(Caller caller) {
        return caller.isAdmin() || caller.inGroup(Roles.LEADS) || caller.inGroup(Roles.MANAGERS);
    }

    private static void requireVendorStaff(Caller caller) {
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException("the mail quarantine is for the vendor's staff");
        }
    }

    private static void requireSupervisor(Caller caller) {
        if (!isSupervisor(caller)) {
            throw new AccessDeniedException("only team leads, service managers and administrators reprocess or discard "
                    + "quarantined mail");
        }
    }
}
