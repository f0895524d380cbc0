package com.weibao.inspection;

import com.weibao.inspection.InspectionApi.ContractInspections;
import com.weibao.inspection.InspectionApi.FileView;
import com.weibao.inspection.InspectionApi.InspectionDetails;
import com.weibao.inspection.InspectionApi.PeriodSummary;
import com.weibao.inspection.InspectionApi.StartRequest;
import com.weibao.platform.files.FileDownloads;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class InspectionController {

    private final InspectionService inspections;
    private final InspectionQueries queries;

    InspectionController(InspectionService inspections, InspectionQueries queries) {
        this.inspections = inspections;
        this.queries = queries;
    }

    /** The contract's plans with their next date and this year's slots, and its inspections. */
    @GetMapping("/api/contracts/{code}/inspections")
    ContractInspections ofContract(@PathVariable String code, @AuthenticationPrincipal Caller caller) {
        return queries.ofContract(code, caller);
    }

    /** Starts an inspection now: team leads, service managers, the hospital's IT department. */
    @PostMapping("/api/contracts/{code}/inspections")
    ResponseEntity<InspectionDetails> start(@PathVariable String code,
                                            @RequestBody(required = false) StartRequest request,
                                            @AuthenticationPrincipal Caller caller) {
        StartRequest r = request == null ? new StartRequest(null, null) : request;
        Inspection started = inspections.requestNow(code, r.plan(), r.reason(), caller);
        return ResponseEntity.created(URI.create("/api/inspections/" + started.getId()))
                .body(queries.details(started.getId(), caller));
    }

    /** Done against planned, findings and open follow-ups: period 2026-Q4, 2026-11 or 2026 (default this quarter). */
    @GetMapping("/api/contracts/{code}/inspections/summary")
    PeriodSummary summary(@PathVariable String code, @RequestParam(required = false) String period,
                          @AuthenticationPrincipal Caller caller) {
        return queries.summary(code, period, caller);
    }

    @GetMapping("/api/inspections/{id}")
    InspectionDetails get(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return queries.details(id, caller);
    }

    /** A photo or file for a checklist item ({@code item}) or the whole inspection, as multipart {@code file}. */
    @PostMapping(path = "/api/inspections/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FileView> upload(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
                                    @RequestParam(name = "item", required = false) String item,
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
        InspectionFile saved = inspections.addFile(id, item, file.getOriginalFilename(), file.getContentType(), content,
                caller);
        FileView view = queries.details(id, caller).files().stream().filter(f -> f.id() == saved.getId())
                .findFirst().orElseThrow();
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    /** Downloads a report version, the signed report or an uploaded file. */
    @GetMapping("/api/inspections/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId,
                                    @AuthenticationPrincipal Caller caller) {
        return FileDownloads.of(queries.file(id, fileId, caller).getFile());
    }
}
