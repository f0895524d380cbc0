package com.weibao.intake;

import com.weibao.cases.Channel;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.PageParameters;
import com.weibao.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarantine of every intake channel, for the vendor's staff: what could not be taken in and why, its raw body
 * to download; team leads, service managers and administrators reprocess or dismiss each item.
 */
@RestController
@RequestMapping("/api/quarantine")
class QuarantineController {

    private static final int MAX_PAGE_SIZE = 500;
    /** The file name extension of a downloaded body, by its media type. */
    private static final Map<String, String> EXTENSIONS = Map.of("message/rfc822", "eml",
            "application/json", "json", "application/xml", "xml");

    private final QuarantineRepository repository;
    private final IntakeQuarantine quarantine;

    QuarantineController(QuarantineRepository repository, IntakeQuarantine quarantine) {
        this.repository = repository;
        this.quarantine = quarantine;
    }

    /** One page of items, newest first, and whether the caller may reprocess or dismiss them. */
    record QuarantinePage(List<QuarantineView> items, int page, int size, long totalItems, int totalPages,
                          boolean canResolve) {
    }

    record DismissRequest(String note) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    QuarantinePage list(@RequestParam(defaultValue = "OPEN") QuarantinedItem.Status status,
                        @RequestParam(required = false) Channel channel,
                        @RequestParam(required = false) String source,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                        @AuthenticationPrincipal Caller caller) {
        requireVendorStaff(caller);
        PageParameters.check(page, size, MAX_PAGE_SIZE);
        Page<QuarantineView> found = repository.list(status, channel, source == null || source.isBlank() ? null
                : source, PageRequest.of(page, size));
        return new QuarantinePage(found.getContent(), page, size, found.getTotalElements(), found.getTotalPages(),
                isSupervisor(caller));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    QuarantineView get(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireVendorStaff(caller);
        return QuarantineView.of(find(id));
    }

    /** The body exactly as received, e.g. a mail to open in a mail client (message/rfc822, .eml). */
    @GetMapping("/{id}/raw")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> raw(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireVendorStaff(caller);
        QuarantinedItem item = find(id);
        if (!item.isBodyKept()) {
            throw new NotFoundException("quarantined item " + id + " was kept without its body");
        }
        String extension = EXTENSIONS.getOrDefault(item.getContentType(), "bin");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(item.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("quarantine-" + id + "." + extension).build().toString())
                .body(item.getBody());
    }

    /** 200 with the item, REPROCESSED, saying what happened; 409 with the error when it failed again. */
    @PostMapping("/{id}/reprocess")
    QuarantineView reprocess(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        requireSupervisor(caller, "reprocess quarantined items");
        return QuarantineView.of(quarantine.reprocess(id, caller.userId()));
    }

    @PostMapping("/{id}/dismiss")
    QuarantineView dismiss(@PathVariable long id, @RequestBody(required = false) DismissRequest request,
                           @AuthenticationPrincipal Caller caller) {
        requireSupervisor(caller, "dismiss quarantined items");
        return QuarantineView.of(quarantine.dismiss(id, caller.userId(), request == null ? null : request.note()));
    }

    private QuarantinedItem find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("no quarantined item " + id));
    }

    private static void requireVendorStaff(Caller caller) {
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException("the quarantine is for the vendor's staff");
        }
    }

    private static boolean isSupervisor(Caller caller) {
        return caller.isAdmin() || caller.inGroup(Roles.LEADS) || caller.inGroup(Roles.MANAGERS);
    }

    /** Team leads, service managers and administrators look after what the intake refused or could not take. */
    static void requireSupervisor(Caller caller, String what) {
        if (!isSupervisor(caller)) {
            throw new AccessDeniedException("only team leads, service managers and administrators " + what);
        }
    }
}
