package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The IMAP IDLE path against a server that offers IDLE (GreenMail): the watcher says "look now" as soon as a mail is
 * delivered, long before any poll would come, and stops cleanly.
 */
class MailboxIdleWatcherTest {

    private static final String USER = "helpdesk@weibao.local";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, "secret"));

    @Test
    void aDeliveredMailIsAnnouncedAtOnce() {
        MailIntakeProperties.Mailbox mailbox = new MailIntakeProperties.Mailbox("helpdesk", "imap", "127.0.0.1",
                MAIL.getImap().getPort(), USER, "secret", "INBOX", Duration.ofMinutes(10), null, null);
        AtomicInteger calls = new AtomicInteger();
        MailboxIdleWatcher watcher = new MailboxIdleWatcher(mailbox);
        watcher.start(calls::incrementAndGet);
        try {
            // once connected, the watcher asks for a poll for whatever arrived before it was listening
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() >= 1);
            int before = calls.get();

            GreenMailUtil.sendTextEmail(USER, "it@renmin.example", "叫号屏黑屏", "三楼诊室叫号屏黑屏。",
                    MAIL.getSmtp().getServerSetup());
            long delivered = System.nanoTime();
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                    .until(() -> calls.get() > before);
            assertThat(Duration.ofNanos(System.nanoTime() - delivered)).as("announced after delivery")
                    .isLessThan(Duration.ofSeconds(2));

            // and again for the next one: the watcher goes back to IDLE after each notification
            int after = calls.get();
            GreenMailUtil.sendTextEmail(USER, "it@renmin.example", "打印机卡纸", "门诊收费处打印机卡纸。",
                    MAIL.getSmtp().getServerSetup());
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                    .until(() -> calls.get() > after);
        } finally {
            watcher.stop();
        }
        int stopped = calls.get();
        GreenMailUtil.sendTextEmail(USER, "it@renmin.example", "停止后", "停止后的邮件。", MAIL.getSmtp().getServerSetup());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> calls.get() == stopped);
    }
}
