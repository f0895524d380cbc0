package com.weibao.quality;

import com.weibao.platform.security.Caller;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction (优/良/差 by source) and callback coverage per contract and period; a case's callback. */
@RestController
class QualityController {

    private final QualityQueries queries;

    QualityController(QualityQueries queries) {
        this.queries = queries;
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
