package com.weibao.intake.wechat;

import com.weibao.platform.security.Caller;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Binding codes for WeChat: a user's own (profile page), or an agent's for a reporter on the phone. */
@RestController
@RequestMapping("/api/wechat")
class WeChatBindingController {

    private final WeChatBindings bindings;

    WeChatBindingController(WeChatBindings bindings) {
        this.bindings = bindings;
    }

    record BindingView(WeChatApp app, String reporterName, String contract, Instant boundAt) {
    }

    @PostMapping("/binding-codes")
    ResponseEntity<WeChatBindings.IssuedCode> issue(@RequestBody(required = false) WeChatBindings.CodeRequest request,
                                                    @AuthenticationPrincipal Caller caller) {
        WeChatBindings.IssuedCode code = bindings.issueCode(request, caller);
        return ResponseEntity.created(URI.create("/api/wechat/bindings")).body(code);
    }

    @GetMapping("/bindings")
    List<BindingView> mine(@AuthenticationPrincipal Caller caller) {
        return bindings.ofUser(caller.userId()).stream()
                .map(b -> new BindingView(b.getApp(), b.getReporterName(), b.getContractCode(), b.getBoundAt()))
                .toList();
    }
}
