package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.IntegrationTest;
import com.weibao.support.TestMail;
import jakarta.mail.Flags;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail intake over real mail as the world sends it: the shared corpus beside the checkout
 * ({@code ../shared/mail-corpus}, or {@code -Dweibao.mail-corpus=<folder>}; mails from the test suites of public mail
 * parsers, unchanged, kept out of the repository as its README asks; mails over the tests' {@code max-mail-size}
 * left out) is put into a mailbox of its own,
 * and every mail must end as exactly one outcome in the ledger (a case, a note, a bounce kept with its case,
 * a mail ignored by rule or a quarantine entry, both with their raw bytes), none left unread, none skipped. It takes
 * minutes, so it is left out of the default run: {@code ./mvnw verify -Dit.test=MailCorpusIT -Dit.excludedGroups=none}.
 */
@Tag("corpus")
class MailCorpusIT extends IntegrationTest {

    private static final Duration STALLED_AFTER = Duration.ofSeconds(30);
    private static final Duration AT_MOST = Duration.ofMinutes(6);
    /** The integration tests' {@code max-mail-size}: larger mails would only test the quarantine's allowance. */
    private static final long LARGEST_MAIL = 1024 * 1024;

    @Autowired
    InboundMailRepository ledger;

    @Autowired
    MailIntakeMonitor monitor;

    @Test
    void everyMailOfTheCorpusEndsAsExactlyOneOutcomeAndNoneStaysUnread() throws Exception {
        List<String> names = new ArrayList<>();
        List<byte[]> mails = corpus(names);
        Instant start = Instant.now();

        List<String> refused = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            try {
                TestMail.sendAsReceived(MAIL.getSmtp().getPort(), mails.get(i), CORPUS_MAILBOX);
            } catch (IllegalStateException e) {
                refused.add(names.get(i) + ": " + e.getCause());
            }
        }
        // what the mail server itself refuses never reaches a mailbox: not the intake's to account for
        assertThat(refused).as("refused by the mail server").hasSizeLessThan(3);
        int delivered = mails.size() - refused.size();
        // a few mails are in the corpus twice, differing only in line ends or trace fields: the same mail delivered
        // twice, to be taken in once
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < mails.size(); i++) {
            String name = names.get(i);
            if (refused.stream().noneMatch(r -> r.startsWith(name + ":"))) {
                distinct.add(MailParser.contentHash(mails.get(i)));
            }
        }

        // wait until every mail is seen, or until the intake has made no progress for a while (mails stuck)
        long lastCount = -1;
        Instant lastProgress = Instant.now();
        int unseen = unseen();
        while (unseen > 0 && Duration.between(start, Instant.now()).compareTo(AT_MOST) < 0
                && Duration.between(lastProgress, Instant.now()).compareTo(STALLED_AFTER) < 0) {
            Thread.sleep(1000);
            long count = taken();
            if (count != lastCount) {
                lastCount = count;
                lastProgress = Instant.now();
            }
            unseen = unseen();
        }
        Duration took = Duration.between(start, Instant.now());

        List<InboundMail> entries = ledger.findAll().stream().filter(m -> m.getMailbox().equals("corpus")).toList();
        Map<InboundMail.Outcome, Integer> outcomes = new EnumMap<>(InboundMail.Outcome.class);
        entries.forEach(m -> outcomes.merge(m.getOutcome(), 1, Integer::sum));
        Map<MailIntakeService.Result, Long> results = new TreeMap<>();
        monitor.state("corpus").results.forEach((r, n) -> results.put(r, n.get()));
        List<String> withoutBody = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        for (InboundMail m : entries) {
            if (m.getOutcome() == InboundMail.Outcome.QUARANTINED || m.getOutcome() == InboundMail.Outcome.IGNORED) {
                JsonNode item = http().get("lead", "/api/quarantine/" + m.getQuarantineId()).json();
                if (!item.get("bodyKept").asBoolean()) {
                    withoutBody.add(m.getMessageKey());
                }
                String detail = item.get("detail").asText("");
                reasons.merge(m.getOutcome() + " " + item.get("reason").asText() + ": "
                        + detail.replaceAll("\\(.*", "").replaceAll("[<\\[].*", "").strip(), 1, Integer::sum);
            }
        }
        String figures = "corpus: " + mails.size() + " mails, " + refused.size() + " refused by the mail server "
                + refused + ", " + (delivered - distinct.size()) + " delivered again, " + unseen + " unread in the mailbox, "
                + entries.size() + " in the ledger " + outcomes + ", results " + results + ", "
                + withoutBody.size() + " quarantined or ignored without raw bytes, by reason " + reasons + ", "
                + took.toSeconds() + " s";
        System.out.println(figures);

        assertThat(unseen).as(figures).isZero();
        assertThat(entries).as("one ledger entry per distinct mail: " + figures).hasSize(distinct.size());
        assertThat(results.getOrDefault(MailIntakeService.Result.DUPLICATE, 0L)).as("skipped: " + figures)
                .isEqualTo(delivered - distinct.size());
        assertThat(withoutBody).as(figures).isEmpty();
        assertThat(monitor.state("corpus").consecutiveFailures).as(monitor.state("corpus").lastError).isZero();
    }

    private long taken() {
        return monitor.state("corpus").results.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private int unseen() {
        return TestMail.inbox(MAIL.getImap().getPort(), CORPUS_MAILBOX, CORPUS_PASSWORD,
                inbox -> inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length);
    }

    private static List<byte[]> corpus(List<String> names) throws IOException {
        Path folder = Path.of(System.getProperty("weibao.mail-corpus", "../shared/mail-corpus"));
        assertThat(folder).as("the shared mail corpus (set -Dweibao.mail-corpus=<folder>)").isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".eml")).sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        List<byte[]> mails = new ArrayList<>();
        for (Path file : files) {
            if (Files.size(file) > LARGEST_MAIL) {
                continue;
            }
            names.add(folder.relativize(file).toString());
            mails.add(Files.readAllBytes(file));
        }
        assertThat(mails).as("the corpus in %s", folder.toAbsolutePath()).hasSizeGreaterThan(300);
        return mails;
    }
}
