package com.weibao.change;

import com.weibao.change.ProductBugApi.NewProductBug;
import com.weibao.change.ProductBugApi.ProductBugView;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProductBugController {

    private final ProductBugService bugs;

    ProductBugController(ProductBugService bugs) {
        this.bugs = bugs;
    }

    /** The case's fault handed to R&D as a product bug; the reporter is told the expected fix date. */
    @PostMapping("/api/cases/{number}/product-bugs")
    ResponseEntity<ProductBugView> record(@PathVariable String number,
                                          @RequestBody(required = false) NewProductBug request,
                                          @AuthenticationPrincipal Caller caller) {
        if (request == null) {
            throw InvalidRequestException.of("body", "请以 JSON 提交研发工单号（ticket）和预计修复日期（expectedFixOn）");
        }
        ProductBug bug = bugs.record(number, request, caller);
        return ResponseEntity.created(URI.create("/api/cases/" + bug.getCaseNumber() + "/product-bugs"))
                .body(bugs.view(bug));
    }

    /** The case's product bugs: ticket, expected fix date, the release that fixed it. */
    @GetMapping("/api/cases/{number}/product-bugs")
    List<ProductBugView> ofCase(@PathVariable String number, @AuthenticationPrincipal Caller caller) {
        return bugs.ofCase(number, caller);
    }
}
