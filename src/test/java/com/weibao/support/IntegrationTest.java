package com.weibao.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port with the demo data, over real HTTP.
 * On the embedded H2 each run gets a fresh database under target/; with -Pmysql the mysql profile's database.
 * All subclasses share one application context; while it starts, {@link StartupLogins} tries to log in. Metrics are
 * exported as in production (Spring Boot's tests leave the Prometheus registry out otherwise), so that
 * /actuator/prometheus answers (MetricsIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@Import(StartupLogins.class)
public abstract class IntegrationTest {

    private static final String RUN = UUID.randomUUID().toString();

    /** The shared secret of the CTI source "test" (phone intake webhook). */
    protected static final String CTI_SECRET = "test-cti-secret-" + RUN;
    /** The shared secret of the CTI source "capped", whose quarantine allowance tests use up. */
    protected static final String CTI_CAPPED_SECRET = "capped-cti-secret-" + RUN;
    /** A hotline number dedicated to the queue-call contract, open Monday to Friday 08:00–17:00. */
    protected static final String QUEUE_CALL_HOTLINE = "400-000-0005";

    /** WeChat's API servers, stood in for on a local port (service account and WeCom). */
    protected static final WeChatApiStub WECHAT = WeChatApiStub.start();
    protected static final String WECHAT_MP_APP_ID = "wx0000000000test";
    protected static final String WECHAT_MP_TOKEN = "mp-token-" + RUN.substring(0, 8);
    protected static final String WECHAT_MP_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    protected static final String WECOM_CORP_ID = "ww0000000000test";
    protected static final String WECOM_TOKEN = "cp-token-" + RUN.substring(0, 8);
    protected static final String WECOM_AES_KEY = "GFEDCBA9876543210zyxwvutsrqponmlkjihgfedcba";

    /** The support mailbox the application's mail intake reads (IMAP) on {@link #MAIL}. */
    protected static final String HELPDESK = "helpdesk@weibao.local";
    protected static final String HELPDESK_PASSWORD = "helpdesk";
    /** A second mailbox the intake reads, for the real-world mail corpus (MailCorpusIT), so its mails stay apart. */
    protected static final String CORPUS_MAILBOX = "corpus@weibao.local";
    protected static final String CORPUS_PASSWORD = "corpus";

    /**
     * A real SMTP/IMAP server for the application's outbound mail and its mail intake (the helpdesk mailbox),
     * on free ports, shared by all tests.
     */
    protected static final GreenMail MAIL = startMailServer();

    @LocalServerPort
    protected int port;

    private AddressedClient ownAddress;

    @DynamicPropertySource
    static void testEnvironment(DynamicPropertyRegistry registry) {
        registry.add("weibao.data-dir", () -> "./target/it-data/" + RUN);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        // every test logs in from 127.0.0.1: their deliberate wrong passwords must not add up to a lock of that
        // address (tests of the throttle attack from addresses of their own, see LoginThrottleIT)
        registry.add("weibao.security.login.address.max-failures", () -> "1000");
        registry.add("weibao.notify.poll-interval", () -> "PT1S");
        registry.add("weibao.notify.first-backoff", () -> "PT1S");
        registry.add("weibao.notify.max-backoff", () -> "PT2S");
        registry.add("weibao.notify.max-attempts", () -> "3");
        registry.add("weibao.contracts.import", () -> "classpath:demo/contracts.yaml,classpath:sla-test-contract.yaml,classpath:dashboard-test-contract.yaml");
        registry.add("weibao.phone.cti.sources.test.secret", () -> CTI_SECRET);
        registry.add("weibao.phone.cti.sources.capped.secret", () -> CTI_CAPPED_SECRET);
        // above the largest test mail (MailIntakeIT's 1.6 MB over max-mail-size), small enough to be used up
        registry.add("weibao.intake.door.quarantine-bytes-per-source", () -> "4MB");
        registry.add("weibao.wechat.mp.app-id", () -> WECHAT_MP_APP_ID);
        registry.add("weibao.wechat.mp.secret", () -> "mp-secret");
        registry.add("weibao.wechat.mp.token", () -> WECHAT_MP_TOKEN);
        registry.add("weibao.wechat.mp.aes-key", () -> WECHAT_MP_AES_KEY);
        registry.add("weibao.wechat.mp.api-host", WECHAT::baseUrl);
        registry.add("weibao.wechat.wecom.corp-id", () -> WECOM_CORP_ID);
        registry.add("weibao.wechat.wecom.agent-id", () -> "1000002");
        registry.add("weibao.wechat.wecom.secret", () -> "cp-secret");
        registry.add("weibao.wechat.wecom.token", () -> WECOM_TOKEN);
        registry.add("weibao.wechat.wecom.aes-key", () -> WECOM_AES_KEY);
        registry.add("weibao.wechat.wecom.api-base-url", WECHAT::baseUrl);
        registry.add("weibao.phone.hotlines[0].number", () -> QUEUE_CALL_HOTLINE);
        registry.add("weibao.phone.hotlines[0].name", () -> "排队叫号售后热线");
        registry.add("weibao.phone.hotlines[0].contract", () -> "queue-call");
        registry.add("weibao.phone.hotlines[0].hours.days", () -> "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY");
        registry.add("weibao.phone.hotlines[0].hours.from", () -> "08:00");
        registry.add("weibao.phone.hotlines[0].hours.to", () -> "17:00");
        registry.add("weibao.intake.mail.embedded-server.enabled", () -> "false");
        registry.add("weibao.intake.mail.max-mail-size", () -> "1MB");
        registry.add("weibao.intake.mail.down-after", () -> "PT10S");
        registry.add("weibao.intake.mail.max-acknowledgements-per-sender", () -> "5");
        registry.add("weibao.intake.mail.mailboxes[0].name", () -> "helpdesk");
        registry.add("weibao.intake.mail.mailboxes[0].host", () -> "127.0.0.1");
        registry.add("weibao.intake.mail.mailboxes[0].port", () -> MAIL.getImap().getPort());
        registry.add("weibao.intake.mail.mailboxes[0].username", () -> HELPDESK);
        registry.add("weibao.intake.mail.mailboxes[0].password", () -> HELPDESK_PASSWORD);
        registry.add("weibao.intake.mail.mailboxes[0].poll-interval", () -> "PT0.2S");
        registry.add("weibao.intake.mail.mailboxes[1].name", () -> "corpus");
        registry.add("weibao.intake.mail.mailboxes[1].host", () -> "127.0.0.1");
        registry.add("weibao.intake.mail.mailboxes[1].port", () -> MAIL.getImap().getPort());
        registry.add("weibao.intake.mail.mailboxes[1].username", () -> CORPUS_MAILBOX);
        registry.add("weibao.intake.mail.mailboxes[1].password", () -> CORPUS_PASSWORD);
        registry.add("weibao.intake.mail.mailboxes[1].poll-interval", () -> "PT0.2S");
    }

    /** Fixed free ports, so a test can stop and restart the server (an outage) at the same address. */
    private static GreenMail startMailServer() {
        GreenMail mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.port(freePort()),
                ServerSetupTest.IMAP.port(freePort())})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(HELPDESK, HELPDESK, HELPDESK_PASSWORD)
                        .withUser(CORPUS_MAILBOX, CORPUS_MAILBOX, CORPUS_PASSWORD));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected Http http() {
        return new Http(port);
    }

    /**
     * A client that sends from this test's own loopback address, so that what the intake refuses from it (and
     * throttles) does not touch any other test.
     */
    protected AddressedClient ownAddress() {
        if (ownAddress == null) {
            ownAddress = AddressedClient.fromNewAddress(port);
        }
        return ownAddress;
    }

    @AfterEach
    void closeOwnAddress() {
        if (ownAddress != null) {
            ownAddress.close();
        }
    }

    /** A valid case request for the e-invoice contract; tests change what they need. */
    protected static Map<String, Object> caseRequest(String summary) {
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", "王护士");
        reporter.put("phone", "13800000000");
        reporter.put("department", "门诊收费处");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("contract", "e-invoice");
        request.put("system", "einvoice-app");
        request.put("reporter", reporter);
        request.put("channel", "PHONE");
        request.put("category", "FAULT");
        request.put("impact", "PAYMENT_DOWN");
        request.put("summary", summary);
        request.put("description", "收费窗口开票时报错：证书无效");
        return request;
    }
}
