package com.weibao.notify;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/**
 * Which delivery failures no retry can mend, so the notification is recorded once as failed instead of being tried
 * again and again: an address that is not one (illegal characters, {@link AddressException}), or one the mail server
 * refuses for good (SMTP 5xx for the recipient, {@link SendFailedException} naming it invalid). A server that is
 * down or answers 4xx is retried as before.
 */
final class DeliveryFailures {

    private DeliveryFailures() {
    }

    static boolean isPermanent(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof AddressException || e instanceof MailParseException) {
                return true;
            }
            if (e instanceof SMTPAddressFailedException refused) {
                return refused.getReturnCode() >= 500;
            }
            if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0
                    && (failed.getValidSentAddresses() == null || failed.getValidSentAddresses().length == 0)
                    && (failed.getValidUnsentAddresses() == null || failed.getValidUnsentAddresses().length == 0)) {
                return !(failed.getNextException() instanceof SMTPAddressFailedException next)
                        || next.getReturnCode() >= 500;
            }
            if (e instanceof MailSendException send) {
                for (Exception cause : send.getFailedMessages().values()) {
                    if (isPermanent(cause)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
