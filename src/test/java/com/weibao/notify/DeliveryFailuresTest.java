package com.weibao.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** An acknowledgement no retry can deliver is recorded once as failed; a passing outage is retried. */
class DeliveryFailuresTest {

    @Test
    void anAddressWithIllegalCharactersOrRefusedForGoodIsNotRetried() throws Exception {
        assertThat(DeliveryFailures.isPermanent(new AddressException("Illegal character in local name", "a b@c"))).isTrue();
        InternetAddress to = new InternetAddress("jdoe@machine.example");
        SMTPAddressFailedException refused = new SMTPAddressFailedException(to, "RCPT TO", 550, "no such user");
        assertThat(DeliveryFailures.isPermanent(new SendFailedException("Invalid Addresses", refused,
                new Address[0], new Address[0], new Address[] {to}))).isTrue();
        assertThat(DeliveryFailures.isPermanent(new MailSendException(Map.of("m", new SendFailedException(
                "Invalid Addresses", refused, new Address[0], new Address[0], new Address[] {to}))))).isTrue();
    }

    @Test
    void aServerThatIsDownOrSaysTryLaterIsRetried() throws Exception {
        assertThat(DeliveryFailures.isPermanent(new MessagingException("Couldn't connect", new ConnectException())))
                .isFalse();
        InternetAddress to = new InternetAddress("jdoe@machine.example");
        SMTPAddressFailedException later = new SMTPAddressFailedException(to, "RCPT TO", 451, "try again later");
        assertThat(DeliveryFailures.isPermanent(new SendFailedException("Invalid Addresses", later,
                new Address[0], new Address[0], new Address[] {to}))).isFalse();
    }

    @Test
    void aFailureForGoodEndsTheNotificationAfterOneAttempt() {
        Instant now = Instant.parse("2026-12-02T00:00:00Z");
        Notification notification = new Notification(new NotificationRequest(Recipient.reporter(), 1L,
                "WB-2026-000001", "CASE_ACKNOWLEDGED", "subject", "body", "k", null), "reporter", ChannelType.EMAIL,
                "jdöe@mächine.example", now, "k");
        notification.failed("AddressException: illegal", now, 8, Duration.ofSeconds(30), Duration.ofHours(1), true);
        assertThat(notification.getStatus()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.getAttempts()).isEqualTo(1);
        assertThat(notification.getNextAttemptAt()).isNull();
    }
}
