package com.weibao.quality;

import com.weibao.platform.security.Caller;
import com.weibao.platform.files.FileDownloads;
import com.weibao.platform.files.StoredFile;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction (优/良/差 by source) and callback coverage per contract and period; a case's callback; the yearly
 * satisfaction surveys and their result documents; complaints per contract and period, and filing one.
 */
@RestController
class QualityController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final QualityQueries queries;
    private final SurveyService surveys;
    private final ComplaintService complaints;

    QualityController(QualityQueries queries, SurveyService surveys, ComplaintService complaints) {
        this.queries = queries;
        this.surveys = surveys;
        this.complaints = complaints;
    }

    /** A contract's complaints filed in the period (from/to: dates, inclusive, Asia/Shanghai; default this year). */
    @GetMapping("/api/quality/complaints")
    ComplaintService.ComplaintReport complaints(@RequestParam(required = false) String contract,
                                                @RequestParam(required = false)
                                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false)
                                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                @AuthenticationPrincipal Caller caller) {
        return complaints.list(contract, from, to, caller);
    }

    /** A complaint against a case, an engineer or the service: to the service managers, with the contract's deadline. */
    @PostMapping("/api/quality/complaints")
    ResponseEntity<ComplaintView> fileComplaint(@RequestBody ComplaintService.NewComplaint complaint,
                                                @AuthenticationPrincipal Caller caller) {
        ComplaintView filed = complaints.file(complaint, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(filed);
    }

    /** The yearly satisfaction surveys the caller may read (vendor staff; the hospital's IT department). */
    @GetMapping("/api/quality/surveys")
    List<SurveyService.SurveyView> surveys(@AuthenticationPrincipal Caller caller) {
        return surveys.visibleTo(caller);
    }

    @GetMapping("/api/quality/surveys/{id}")
    SurveyService.SurveyView survey(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return surveys.get(id, caller);
    }

    /** 《年度满意度调查及服务总结报告》 once the service manager's summary is written. */
    @GetMapping("/api/quality/surveys/{id}/report.docx")
    ResponseEntity<byte[]> surveyReport(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        SurveyService.SurveyDocument document = surveys.document(id, caller);
        return FileDownloads.of(new StoredFile(document.fileName(), DOCX, document.content(), document.writtenAt(),
                "quality"));
    }

    /** from/to: dates, inclusive, Asia/Shanghai; default this calendar year. */
    @GetMapping("/api/quality/contracts/{code}/satisfaction")
    QualityQueries.SatisfactionReport satisfaction(@PathVariable String code,
                                                   @RequestParam(required = false)
                                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false)
                                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                   @AuthenticationPrincipal Caller caller) {
        return queries.satisfaction(code, from, to, caller);
    }

    @GetMapping("/api/quality/cases/{number}/callback")
    CallbackView callback(@PathVariable String number, @AuthenticationPrincipal Caller caller) {
        return queries.callbackOf(number, caller);
    }
}
