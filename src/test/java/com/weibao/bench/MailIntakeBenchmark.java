package com.weibao.bench;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A burst of N mails (-Dbench.mails, default 2000; 0 skips it) delivered over SMTP to the embedded mail server of the
 * Weibao of the benchmark run, or appended to an external IMAP server's INBOX (-Dbench.imap), read by the mail intake: cases per second, and the delay from delivery
 * to case (p50, p95, max), plus lost and duplicated mails. Then S single mails (-Dbench.single-mails, default 20; 0
 * skips them) on the idle node, one at a time, each sent a few seconds after the previous one became a case: the
 * delay from delivery to case (p50, p95, max).
 */
class MailIntakeBenchmark implements Benchmark {

    @Override
    public String name() {
        return "mail-intake";
    }

    @Override
    public String description() {
        return "burst of " + mails() + " mails to the embedded mail server, turned into cases; then "
                + singleMails() + " single mails on the idle node";
    }

    private static int mails() {
        return Integer.getInteger("bench.mails", 2000);
    }

    private static int singleMails() {
        return Integer.getInteger("bench.single-mails", 20);
    }

    @Override
    public List<Figure> run(BenchApp app) throws Exception {
        List<Figure> figures = new ArrayList<>();
        if (mails() > 0) {
            figures.addAll(burst(app));
        }
        if (singleMails() > 0) {
            figures.addAll(singles(app));
        }
        return figures;
    }

    /** One mail at a time on an idle node: each is sent 2–5 s after the previous one became a case. */
    private List<Figure> singles(BenchApp app) throws Exception {
        String run = "single-" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate jdbc = app.jdbc();
        Random random = new Random(42);
        List<Long> delays = new ArrayList<>();
        int lost = 0;
        Thread.sleep(5_000);
        for (int i = 0; i < singleMails(); i++) {
            String subject = run + "-" + i;
            byte[] raw = mail(i, subject);
            Instant deliveredAt;
            try (MailDrop drop = MailDrop.open(app)) {
                drop.deliver(raw);
                deliveredAt = Instant.now();
            }
            Instant deadline = deliveredAt.plus(Duration.ofSeconds(60));
            // when the case is first seen, not its registered_at: MariaDB keeps that to the second
            Instant registered = null;
            while (registered == null && Instant.now().isBefore(deadline)) {
                Integer found = jdbc.queryForObject("select count(*) from support_case where summary = ?",
                        Integer.class, subject);
                if (found == 0) {
                    Thread.sleep(10);
                } else {
                    registered = Instant.now();
                }
            }
            if (registered == null) {
                lost++;
            } else {
                delays.add(Duration.between(deliveredAt, registered).toMillis());
            }
            Thread.sleep(2_000 + random.nextInt(3_000));
        }
        Collections.sort(delays);
        return List.of(
                Figure.of("single mails on an idle node", singleMails(), "mails"),
                Figure.of("single mail: delivery to case p50", Stats.percentile(delays, 50), "ms"),
                Figure.of("single mail: delivery to case p95", Stats.percentile(delays, 95), "ms"),
                Figure.of("single mail: delivery to case max", delays.isEmpty() ? 0 : delays.get(delays.size() - 1),
                        "ms"),
                Figure.of("single mails without a case after 60 s", lost, "mails"));
    }

    private List<Figure> burst(BenchApp app) throws Exception {
        int count = mails();
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate jdbc = app.jdbc();
        Map<String, Instant> delivered = new HashMap<>();
        Instant start = Instant.now();
        try (MailDrop drop = MailDrop.open(app)) {
            for (int i = 0; i < count; i++) {
                String subject = run + "-" + i;
                drop.deliver(mail(i, subject));
                delivered.put(subject, Instant.now());
            }
        }
        Instant sent = Instant.now();
        System.out.printf("delivered %d mails in %.1f s%n", count, Duration.between(start, sent).toMillis() / 1000.0);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        long seen = 0;
        while (Instant.now().isBefore(deadline)) {
            seen = jdbc.queryForObject("select count(*) from inbound_mail where subject like ?", Long.class,
                    run + "-%");
            if (seen >= count) {
                break;
            }
            Thread.sleep(500);
        }
        Map<String, Integer> perMail = new HashMap<>();
        List<Long> delays = new ArrayList<>();
        List<Instant> registrations = new ArrayList<>();
        jdbc.query("select summary, registered_at from support_case where summary like ?", row -> {
            String summary = row.getString("summary");
            Instant registered = BenchApp.utc(row, "registered_at");
            perMail.merge(summary, 1, Integer::sum);
            registrations.add(registered);
            Instant deliveredAt = delivered.get(summary);
            if (deliveredAt != null) {
                delays.add(Duration.between(deliveredAt, registered).toMillis());
            }
        }, run + "-%");
        Instant last = registrations.stream().max(Instant::compareTo).orElse(start);
        Collections.sort(delays);
        long duplicates = perMail.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
        long lost = count - perMail.size();
        double seconds = Duration.between(start, last).toMillis() / 1000.0;
        return List.of(
                Figure.of("mails delivered", count, "mails"),
                Figure.of("delivery rate (" + MailDrop.how() + ")", count / Math.max(0.001, Duration.between(start, sent).toMillis()
                        / 1000.0), "mails/s"),
                Figure.of("cases opened", perMail.size(), "cases"),
                Figure.of("throughput (first delivery to last case)", perMail.size() / Math.max(0.001, seconds),
                        "cases/s"),
                Figure.of("delivery to case p50", Stats.percentile(delays, 50), "ms"),
                Figure.of("delivery to case p95", Stats.percentile(delays, 95), "ms"),
                Figure.of("delivery to case max", delays.isEmpty() ? 0 : delays.get(delays.size() - 1), "ms"),
                Figure.of("lost mails", lost, "mails"),
                Figure.of("duplicated cases", duplicates, "cases"));
    }

    private static byte[] mail(int i, String subject) {
        String from = "user" + (i % 50) + "@renmin.example";
        return ("From: \"报修人" + i + "\" <" + from + ">\r\n"
                + "To: helpdesk@weibao.local\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: <" + subject + "@bench.example>\r\n"
                + "Date: Sun, 22 Nov 2026 10:00:00 +0800\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + "收费窗口无法开具电子票据，提示证书无效。第 " + i + " 封。\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * How mails reach the mailbox: over SMTP to the embedded mail server, or, with -Dbench.imap, appended (IMAP
     * APPEND) to the INBOX of the external IMAP server the intake reads ({@link BenchApp#externalImap()}).
     */
    private interface MailDrop extends AutoCloseable {

        void deliver(byte[] raw) throws Exception;

        @Override
        void close() throws Exception;

        static String how() {
            return BenchApp.externalImap() == null ? "SMTP" : "IMAP APPEND";
        }

        static MailDrop open(BenchApp app) throws Exception {
            BenchApp.ExternalImap imap = BenchApp.externalImap();
            if (imap == null) {
                Properties properties = new Properties();
                properties.setProperty("mail.smtp.host", "127.0.0.1");
                properties.setProperty("mail.smtp.port", String.valueOf(app.smtpPort()));
                Session session = Session.getInstance(properties);
                Transport transport = session.getTransport("smtp");
                transport.connect();
                Address[] to = {new InternetAddress("helpdesk@weibao.local")};
                return new MailDrop() {
                    public void deliver(byte[] raw) throws Exception {
                        transport.sendMessage(new MimeMessage(session, new ByteArrayInputStream(raw)), to);
                    }

                    public void close() throws Exception {
                        transport.close();
                    }
                };
            }
            Session session = Session.getInstance(new Properties());
            Store store = session.getStore("imap");
            store.connect(imap.host(), imap.port(), imap.user(), imap.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            return new MailDrop() {
                public void deliver(byte[] raw) throws Exception {
                    inbox.appendMessages(new Message[] {new MimeMessage(session, new ByteArrayInputStream(raw))});
                }

                public void close() throws Exception {
                    inbox.close(false);
                    store.close();
                }
            };
        }
    }
}
