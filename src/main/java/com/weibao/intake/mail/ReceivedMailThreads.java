package com.weibao.intake.mail;

import com.weibao.notify.MailThreads;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The mails received for a case, for threading what Weibao sends about it. */
@Component
class ReceivedMailThreads implements MailThreads {

    private final InboundMailRepository ledger;

    ReceivedMailThreads(InboundMailRepository ledger) {
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ThreadMail> receivedMails(long caseId) {
        return ledger.findThreadOf(caseId).stream().map(m -> new ThreadMail(m.getMessageId(), m.getReceivedAt()))
                .toList();
    }
}
