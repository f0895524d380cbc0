package com.weibao.change;

import com.weibao.change.ExpertPanelApi.NewExpertPanel;
import com.weibao.change.ExpertPanelApi.PanelView;
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
class ExpertPanelController {

    private final ExpertPanelService panels;

    ExpertPanelController(ExpertPanelService panels) {
        this.panels = panels;
    }

    /**
     * Convenes an expert panel on a P1/P2 or repeat-fault case (team lead or service manager): each expert gets an
     * opinion task, then the lead records the conclusion.
     */
    @PostMapping("/api/cases/{number}/expert-panels")
    ResponseEntity<PanelView> convene(@PathVariable String number,
                                      @RequestBody(required = false) NewExpertPanel request,
                                      @AuthenticationPrincipal Caller caller) {
        if (request == null) {
            throw InvalidRequestException.of("body", "请以 JSON 提交会诊专家（experts）和会诊问题（question）");
        }
        ExpertPanel panel = panels.convene(number, request, caller);
        PanelView view = panels.view(panel, caller);
        return ResponseEntity.created(URI.create("/api/cases/" + panel.getCaseNumber() + "/expert-panels")).body(view);
    }

    /** The expert panels of a case, newest first (the hospital's users: without the experts' single opinions). */
    @GetMapping("/api/cases/{number}/expert-panels")
    List<PanelView> ofCase(@PathVariable String number, @AuthenticationPrincipal Caller caller) {
        return panels.ofCase(number, caller);
    }
}
