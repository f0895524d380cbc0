package com.weibao.intake.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default run's own mail server (GreenMail, in memory): SMTP and IMAP on local ports with the support mailbox,
 * so a new user can send a mail with any client or curl and watch a case appear. Off with
 * weibao.intake.mail.embedded-server.enabled=false (production, tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "weibao.intake.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedGreenMail(MailIntakeProperties properties) {
        MailIntakeProperties.EmbeddedServer config = properties.embeddedServer();
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(config.smtpPort(), config.bindAddress(), ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(config.imapPort(), config.bindAddress(), ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(config.user(), config.user(), config.password()));
        server.start();
        log.info("Embedded mail server: SMTP {}:{}, IMAP {}:{}, mailbox {} (in memory, for trying Weibao out)",
                config.bindAddress(), config.smtpPort(), config.bindAddress(), config.imapPort(), config.user());
        return server;
    }
}
