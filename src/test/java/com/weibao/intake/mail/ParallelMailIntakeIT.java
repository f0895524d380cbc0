package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weibao.support.IntegrationTest;
import com.weibao.support.TestMail;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exactly once with several workers per mailbox: a burst of 200 mails, 20 of them delivered twice, taken in by the
 * intake's worker pool (4 workers, the default) becomes 200 ledger entries and 200 cases, none twice, and every
 * mail of the burst ends marked seen in the mailbox.
 */
class ParallelMailIntakeIT extends IntegrationTest {

    private static final int MAILS = 200;
    private static final int TWICE = 20;

    @Autowired
    MailIntakeProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBurstTakenInByParallelWorkersIsOneCasePerMailWithNoneLostNoneDuplicatedAndNoneUnread() {
        assertThat(properties.workers()).as("the default worker count").isEqualTo(4);
        String burst = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<byte[]> mails = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            mails.add(TestMail.from("u" + i + "-" + burst.toLowerCase() + "@renmin.example", HELPDESK,
                            burst + "-" + i)
                    .base64Body("text/plain", "UTF-8", "并发收件测试第 " + i + " 封：收费窗口无法开票。",
                            StandardCharsets.UTF_8)
                    .bytes());
        }
        for (int i = 0; i < MAILS; i++) {
            TestMail.send(MAIL.getSmtp().getPort(), mails.get(i), HELPDESK);
            if (i % (MAILS / TWICE) == 0) {
                // the same mail again, right behind itself: both copies are likely in one batch, on two workers
                TestMail.send(MAIL.getSmtp().getPort(), mails.get(i), HELPDESK);
            }
        }

        // generous: the build machine is shared; the test is about exactness, the benchmark about speed
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count("select count(*) from inbound_mail where subject like ?", burst) >= MAILS
                        && unseen(burst) == 0);

        assertThat(count("select count(*) from inbound_mail where subject like ?", burst))
                .as("one ledger entry per mail").isEqualTo(MAILS);
        assertThat(count("select count(*) from inbound_mail where subject like ? and outcome = 'CASE_CREATED'", burst))
                .as("every one a case").isEqualTo(MAILS);
        assertThat(count("select count(*) from support_case where summary like ?", burst))
                .as("cases").isEqualTo(MAILS);
        assertThat(count("select count(distinct summary) from support_case where summary like ?", burst))
                .as("no mail twice").isEqualTo(MAILS);
        assertThat(count("select count(distinct case_id) from inbound_mail where subject like ?", burst))
                .as("each ledger entry its own case").isEqualTo(MAILS);
        // wait a poll or two more: nothing comes back (no mail left unseen, nothing taken in again)
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> count("select count(*) from support_case where summary like ?", burst) == MAILS);
        assertThat(unseen(burst)).as("mails of the burst left unread").isZero();
        assertThat(seen(burst)).as("mails of the burst in the mailbox, marked seen").isEqualTo(MAILS + TWICE);
    }

    private long count(String sql, String burst) {
        return jdbc.queryForObject(sql, Long.class, burst + "-%");
    }

    private long unseen(String burst) {
        return flags(burst).getOrDefault(false, 0L);
    }

    private long seen(String burst) {
        return flags(burst).getOrDefault(true, 0L);
    }

    /** The burst's mails in the INBOX, counted by whether they are marked seen. */
    private Map<Boolean, Long> flags(String burst) {
        return TestMail.inbox(MAIL.getImap().getPort(), HELPDESK, HELPDESK_PASSWORD, inbox -> {
            long seen = 0;
            long unseen = 0;
            for (Message message : inbox.getMessages()) {
                if (subject(message).startsWith(burst + "-")) {
                    if (message.getFlags().contains(Flags.Flag.SEEN)) {
                        seen++;
                    } else {
                        unseen++;
                    }
                }
            }
            return Map.of(true, seen, false, unseen);
        });
    }

    private static String subject(Message message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
