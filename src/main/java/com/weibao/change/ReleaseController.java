package com.weibao.change;

import com.weibao.change.ReleaseApi.Backlog;
import com.weibao.change.ReleaseApi.CaseRequest;
import com.weibao.change.ReleaseApi.ReleaseDetails;
import com.weibao.change.ReleaseApi.ReleaseSummary;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReleaseController {

    private final ReleaseService releases;

    ReleaseController(ReleaseService releases) {
        this.releases = releases;
    }

    /** Plans a release (team lead or service manager); its process starts at 编制发布清单. */
    @PostMapping("/api/releases")
    ResponseEntity<ReleaseDetails> create(@RequestBody(required = false) NewRelease request,
                                          @AuthenticationPrincipal Caller caller) {
        if (request == null) {
            throw InvalidRequestException.of("body", "请以 JSON 提交发布计划");
        }
        Release created = releases.create(request, caller);
        return ResponseEntity.created(URI.create("/api/releases/" + created.getId()))
                .body(releases.details(created.getId(), caller));
    }

    /** The releases the caller may see (a hospital's users: their own hospital's only), newest first. */
    @GetMapping("/api/releases")
    List<ReleaseSummary> list(@AuthenticationPrincipal Caller caller) {
        return releases.summaries(caller);
    }

    @GetMapping("/api/releases/{id}")
    ReleaseDetails get(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return releases.details(id, caller);
    }

    /** A P3 case of the release's contract put on its list (while the list is compiled). */
    @PostMapping("/api/releases/{id}/cases")
    ReleaseDetails addCase(@PathVariable long id, @RequestBody(required = false) CaseRequest request,
                           @AuthenticationPrincipal Caller caller) {
        releases.addCase(id, request == null ? null : request.caseNumber(), caller);
        return releases.details(id, caller);
    }

    @DeleteMapping("/api/releases/{id}/cases/{number}")
    ReleaseDetails removeCase(@PathVariable long id, @PathVariable String number,
                              @AuthenticationPrincipal Caller caller) {
        releases.removeCase(id, number, caller);
        return releases.details(id, caller);
    }

    /** The problem list and timetable as the hospital receives it. */
    @GetMapping("/api/releases/{id}/list.xlsx")
    ResponseEntity<byte[]> problemList(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        byte[] content = releases.problemList(id, caller);
        String reference = releases.visible(id, caller).getReference();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("发布清单-" + reference + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** The releases that fix a case. */
    @GetMapping("/api/cases/{number}/releases")
    List<ReleaseSummary> ofCase(@PathVariable String number, @AuthenticationPrincipal Caller caller) {
        return releases.ofCase(number, caller);
    }

    /** The contract's P3 cases waiting for a release, overdue ones flagged ({@code ?overdue=true}: only those). */
    @GetMapping("/api/contracts/{code}/release-backlog")
    Backlog backlog(@PathVariable String code, @RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
                    @AuthenticationPrincipal Caller caller) {
        return releases.backlog(code, overdue, caller);
    }
}
