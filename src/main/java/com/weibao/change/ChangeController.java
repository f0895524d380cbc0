package com.weibao.change;

import com.weibao.change.ChangeApi.BillableRequest;
import com.weibao.change.ChangeApi.ChangeDetails;
import com.weibao.change.ChangeApi.ChangeSummary;
import com.weibao.change.ChangeApi.DocumentView;
import com.weibao.change.ChangeApi.VersionHistory;
import com.weibao.platform.files.FileDownloads;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ChangeController {

    private final ChangeService changes;

    ChangeController(ChangeService changes) {
        this.changes = changes;
    }

    /** Proposes a change (vendor staff); its process starts: review, the hospital's approval, the window. */
    @PostMapping("/api/changes")
    ResponseEntity<ChangeDetails> create(@RequestBody(required = false) NewChange request,
                                         @AuthenticationPrincipal Caller caller) {
        if (request == null) {
            throw InvalidRequestException.of("body", "send the change as JSON");
        }
        Change created = changes.create(request, caller);
        return ResponseEntity.created(URI.create("/api/changes/" + created.getId()))
                .body(details(created.getId(), caller));
    }

    /** The changes the caller may see (a hospital's users: their own hospital's only), newest first. */
    @GetMapping("/api/changes")
    List<ChangeSummary> list(@AuthenticationPrincipal Caller caller) {
        return changes.summaries(caller);
    }

    @GetMapping("/api/changes/{id}")
    ChangeDetails get(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return details(id, caller);
    }

    /** Billable or within the contract: the service manager decides. */
    @PutMapping("/api/changes/{id}/billable")
    ChangeDetails billable(@PathVariable long id, @RequestBody(required = false) BillableRequest request,
                           @AuthenticationPrincipal Caller caller) {
        if (request == null || request.billable() == null) {
            throw InvalidRequestException.of("billable", "required");
        }
        changes.decideBillable(id, request.billable(), request.remarks(), caller);
        return details(id, caller);
    }

    /** A document for the change as multipart {@code file}, with its {@code kind} (实施方案, 升级清单, ...). */
    @PostMapping(path = "/api/changes/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@PathVariable long id,
                                        @RequestPart(name = "file", required = false) MultipartFile file,
                                        @RequestParam(name = "kind", required = false) String kind,
                                        @AuthenticationPrincipal Caller caller) {
        if (file == null) {
            throw InvalidRequestException.of("file", "send the file as multipart part 'file'");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChangeDocument saved = changes.addDocument(id, kind, file.getOriginalFilename(), file.getContentType(),
                content, caller);
        DocumentView view = details(id, caller).documents().stream().filter(d -> d.id() == saved.getId())
                .findFirst().orElseThrow();
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @GetMapping("/api/changes/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId,
                                    @AuthenticationPrincipal Caller caller) {
        return FileDownloads.of(changes.document(id, documentId, caller).getFile());
    }

    /** The changes linked to a case. */
    @GetMapping("/api/cases/{number}/changes")
    List<ChangeSummary> ofCase(@PathVariable String number, @AuthenticationPrincipal Caller caller) {
        return changes.summariesOfCase(number, caller);
    }

    /** What version of a covered system ran when, which change brought it, with its documents. */
    @GetMapping("/api/contracts/{code}/systems/{system}/versions")
    VersionHistory versions(@PathVariable String code, @PathVariable String system,
                            @AuthenticationPrincipal Caller caller) {
        return changes.versionHistoryView(code, system, caller);
    }

    private ChangeDetails details(long id, Caller caller) {
        return changes.details(id, caller);
    }
}
