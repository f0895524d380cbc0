package com.weibao.intake.wechat;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The WeChat callback URLs on the application's own web server (GET: URL verification, POST: messages), the
 * background queue that turns recorded messages into cases and notes, and the recovery round for messages left
 * unprocessed.
 */
@Component
class WeChatRoutes extends RouteBuilder {

    static final String MP_PATH = "/intake/wechat/mp";
    static final String WECOM_PATH = "/intake/wechat/wecom";

    private final WeChatEndpoint endpoint;

    WeChatRoutes(WeChatEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void configure() {
        onException(WeChatCallbacks.Rejected.class).handled(true).process(endpoint::rejected);
        onException(Exception.class).handled(true).process(endpoint::failed);

        from("platform-http:" + MP_PATH + "?httpMethodRestrict=GET,POST&useStreaming=true")
                .routeId("wechat-mp-callback")
                .process(e -> endpoint.handle(e, WeChatApp.MP));
        from("platform-http:" + WECOM_PATH + "?httpMethodRestrict=GET,POST&useStreaming=true")
                .routeId("wechat-wecom-callback")
                .process(e -> endpoint.handle(e, WeChatApp.WECOM));
        from(WeChatEndpoint.INBOUND_QUEUE + "?concurrentConsumers=2").routeId("wechat-inbound")
                .process(endpoint::process);
        from("timer:wechat-recovery?delay=60000&period=60000").routeId("wechat-recovery")
                .process(endpoint::recover);
    }
}
