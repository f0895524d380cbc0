package com.weibao.intake.phone;

import com.weibao.intake.IntakeDoor;
import com.weibao.platform.web.InvalidRequestException;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** POST /intake/cti/events on the application's own web server: the CTI system's events about hotline calls. */
@Component
class CtiRoute extends RouteBuilder {

    static final String PATH = "/intake/cti/events";

    private final CtiWebhook webhook;

    CtiRoute(CtiWebhook webhook) {
        this.webhook = webhook;
    }

    @Override
    public void configure() {
        onException(IntakeDoor.Throttled.class).handled(true).process(webhook::throttled);
        onException(CtiWebhook.Rejected.class).handled(true).process(webhook::rejected);
        onException(InvalidRequestException.class).handled(true).process(webhook::invalid);
        onException(Exception.class).handled(true).process(webhook::failed);

        from("platform-http:" + PATH + "?httpMethodRestrict=POST&useStreaming=true").routeId("cti-events")
                .process(webhook::admit).id("admit")
                .process(webhook::readBody).id("read-body")
                .process(webhook::authenticate).id("authenticate")
                .process(webhook::parse).id("parse-event")
                .process(webhook::record).id("record-event");
    }
}
