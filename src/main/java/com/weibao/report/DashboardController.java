package com.weibao.report;

import com.weibao.platform.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisor dashboard's figures (the page /dashboard.html): {@code GET /api/dashboard} for every contract the
 * caller may read, {@code ?contract=CODE} for one. Another hospital's or an unknown contract answers 404 alike.
 */
@RestController
class DashboardController {

    private final DashboardQueries dashboard;

    DashboardController(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/dashboard")
    Dashboard dashboard(@RequestParam(required = false) String contract, @AuthenticationPrincipal Caller caller) {
        return dashboard.dashboard(contract == null || contract.isBlank() ? null : contract.strip(), caller);
    }
}
