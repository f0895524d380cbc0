package com.weibao.intake.wechat;

import com.weibao.intake.IntakeDoor;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The WeChat callback URLs on the application's own web server (GET: URL verification, POST: messages), the
 * background queue that turns recorded messages into cases and notes, the recovery round for messages left
 * unprocessed, and the purge of expired callback nonces.
 */
@Component
class WeChatRoutes extends RouteBuilder {

    static final String MP_PATH = "/intake/wechat/mp";
    static final String WECOM_PATH = "/intake/wechat/wecom";

    private final WeChatEndpoint endpoint;
    private final WeChatNonces nonces;

    WeChatRoutes(WeChatEndpoint endpoint, WeChatNonces nonces) {
        this.endpoint = endpoint;
        this.nonces = nonces;
    }

    @Override
    public void configure() {
        onException(IntakeDoor.Throttled.class).handled(true).process(endpoint::throttled);
        onException(WeChatCallbacks.Rejected.class).handled(true).process(endpoint::rejected);
        onException(WeChatCallbacks.Unprocessable.class).handled(true).process(endpoint::unprocessable);
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
        from("timer:wechat-nonce-purge?delay=60000&period=60000").routeId("wechat-nonce-purge")
                .process(e -> nonces.purge());
    }
}
