package com.weibao.intake.mail;

import com.weibao.cases.Channel;
import com.weibao.cases.IncomingFile;
import com.weibao.cases.NewCase;
import com.weibao.cases.ReportedAtLimits;
import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.intake.IntakeQuarantine;
import com.weibao.intake.QuarantineChannel;
import com.weibao.intake.QuarantinedItem;
import com.weibao.intake.QuarantinedItem.Reason;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.NotifyProperties;
import com.weibao.notify.Recipient;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import com.weibao.platform.web.ConflictException;
import com.weibao.sla.ResponsePromise;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one received mail in, exactly once: a new case (with the sender mapped to a contract, or to the triage
 * queue when unknown), a note on the case it answers, a bounce kept with its case, or the quarantine. The mail's
 * key goes into the ledger in the same transaction as what it led to; the caller marks the mail seen only after
 * this returns, so a crash anywhere loses nothing, and a mail seen again is recognised and skipped.
 */
@Service
public class MailIntakeService implements QuarantineChannel {

    private static final Logger log = LoggerFactory.getLogger(MailIntakeService.class);
    private static final int TEXT_MAX = 100_000;
    private static final int SUMMARY_MAX = 500;
    private static final String UNKNOWN_REPORTER = "（未知发件人）";
    private static final String WHOLE_TEXT = "邮件全文.txt";
    private static final java.time.format.DateTimeFormatter FILE_STAMP = java.time.format.DateTimeFormatter
            .ofPattern("yyyyMMdd-HHmmss").withZone(DisplayTimes.BEIJING);
    /** What the cases accept as a reporter's e-mail address. */
    private static final java.util.regex.Pattern USABLE_ADDRESS = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    /** What became of a mail. */
    public enum Result { CASE_CREATED, NOTE_ADDED, BOUNCE_RECORDED, OWN_MAIL, IGNORED, QUARANTINED, DUPLICATE }

    public record Intake(Result result, String caseNumber, String detail) {
    }

    private final InboundMailRepository ledger;
    private final IntakeQuarantine quarantine;
    private final SupportCaseService cases;
    private final ContractService contracts;
    private final CallerDirectory callers;
    private final Notifications notifications;
    private final ObjectProvider<ResponsePromise> responsePromise;
    private final MailIntakeProperties properties;
    private final Set<String> ownAddresses;
    private final TransactionTemplate transaction;
    private final ReportedAtLimits reportedAtLimits;
    private final Clock clock;
    /**
     * One lock per Message-ID, held from looking the mail up in the ledger until its transaction ends: two workers
     * given mails with the same Message-ID (a copy, or another mail reusing the ID) take them in one after the
     * other, the second seeing what the first wrote. Another node taking in the same mailbox is met by the ledger's
     * unique key and one more attempt ({@link #receive}).
     */
    private final LoadingCache<String, ReentrantLock> messageIdLocks =
            Caffeine.newBuilder().weakValues().build(key -> new ReentrantLock());
    /**
     * One lock per sender, held from counting the sender's recent acknowledgements, or from looking for the open
     * case an alert repeats, until the mail's transaction ends: mails of one sender taken in on several workers at
     * once would otherwise all see the same past, exceed the limit together or open one case per repeated alert.
     */
    private final LoadingCache<String, ReentrantLock> senderLocks =
            Caffeine.newBuilder().weakValues().build(sender -> new ReentrantLock());

    MailIntakeService(InboundMailRepository ledger, IntakeQuarantine quarantine, SupportCaseService cases,
                      ContractService contracts, CallerDirectory callers, Notifications notifications,
                      ObjectProvider<ResponsePromise> responsePromise, MailIntakeProperties properties,
                      NotifyProperties notify, PlatformTransactionManager transactionManager,
                      ReportedAtLimits reportedAtLimits, Clock clock) {
        this.ledger = ledger;
        this.quarantine = quarantine;
        this.cases = cases;
        this.contracts = contracts;
        this.callers = callers;
        this.notifications = notifications;
        this.responsePromise = responsePromise;
        this.properties = properties;
        this.ownAddresses = ownAddresses(properties, notify);
        this.transaction = new TransactionTemplate(transactionManager);
        this.reportedAtLimits = reportedAtLimits;
        this.clock = clock;
    }

    /**
     * Takes a mail in. An outage (database, lock) throws {@link IntakeUnavailableException}: nothing was written, the
     * mail must stay unseen and be offered again. Anything else about the mail ends in a result, quarantine included.
     */
    public Intake receive(String mailbox, byte[] raw, Instant receivedAt) {
        // the mail server's received date dates the case, within its bound; the quarantine keeps the bounded time
        Instant received = reportedAtLimits.mailTime(receivedAt, clock.instant());
        try {
            long limit = properties.maxMailSize().toBytes();
            if (raw.length > limit) {
                return quarantine(mailbox, raw, received, MailParser.keyOf(raw), Reason.TOO_LARGE, "the mail is "
                        + raw.length + " bytes, over the limit of " + limit + " bytes (weibao.intake.mail.max-mail-size)");
            }
            ParsedMail mail;
            try {
                mail = MailParser.parse(raw);
            } catch (UnreadableMailException e) {
                return quarantine(mailbox, raw, received, MailParser.keyOf(raw), Reason.MALFORMED, e.getMessage());
            }
            try {
                try {
                    return transaction.execute(s -> takeIn(mailbox, mail, raw, received, null, false));
                } catch (DataIntegrityViolationException raced) {
                    // another worker took in a mail with the same Message-ID at the same moment; taken in again,
                    // the ledger tells whether this is that mail (a duplicate) or another one reusing the ID
                    log.info("Mail {} met a mail with the same Message-ID taken in concurrently; taken in again",
                            mail.messageId());
                    return transaction.execute(s -> takeIn(mailbox, mail, raw, received, null, false));
                }
            } catch (DataIntegrityViolationException e) {
                return quarantine(mailbox, raw, received, mail.messageKey(), Reason.FAILED, Failures.describe(e));
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    throw e;
                }
                log.warn("Mail {} from {} cannot be taken in, quarantined: {}", mail.messageId(), mail.fromAddress(),
                        Failures.describe(e));
                return quarantine(mailbox, raw, received, mail.messageKey(),
                        e instanceof UnreadableMailException ? Reason.MALFORMED : Reason.FAILED, Failures.describe(e));
            }
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw new IntakeUnavailableException("mail intake unavailable: " + Failures.describe(e), e);
            }
            throw e;
        }
    }

    /**
     * Takes a parsed mail in; {@code retriedKey} is the ledger key of a quarantined or ignored mail taken in again,
     * else null; {@code despiteRules}: a supervisor has an ignored mail taken in after all.
     */
    private Intake takeIn(String mailbox, ParsedMail mail, byte[] raw, Instant receivedAt, String retriedKey,
                          boolean despiteRules) {
        Instant now = clock.instant();
        InboundMail entry;
        String contentHash = MailParser.contentHash(raw);
        holdUntilTransactionEnds(messageIdLocks.get(mail.messageKey()));
        String key = retriedKey == null ? ledgerKey(mail.messageKey(), contentHash) : retriedKey;
        Optional<InboundMail> seen = ledger.findByMessageKey(key);
        if (seen.isPresent() && (retriedKey == null || (seen.get().getOutcome() != InboundMail.Outcome.QUARANTINED
                && seen.get().getOutcome() != InboundMail.Outcome.IGNORED))) {
            log.info("Mail {} ({}) was taken in before ({}); skipped", mail.messageId(), key, seen.get().getOutcome());
            return new Intake(Result.DUPLICATE, null, "already " + seen.get().getOutcome());
        }
        if (seen.isPresent()) {
            entry = seen.get();
            entry.describe(mail.messageId(), mail.fromAddress(), mail.subject());
        } else {
            entry = ledger.saveAndFlush(new InboundMail(key, mail.messageId(), contentHash, mailbox,
                    mail.fromAddress(), mail.subject(), receivedAt, now));
        }

        if (!despiteRules && LoopProtection.isOwn(mail, ownAddresses)) {
            return ignore(entry, mailbox, raw, receivedAt, Reason.LOOP, "Weibao's own mail came back (sender "
                    + mail.fromAddress() + ")");
        }
        Optional<SupportCase> reported = mail.isReport() ? reportedCase(mail) : Optional.empty();
        if (!despiteRules && mail.isReport() && reported.isEmpty()) {
            return ignore(entry, mailbox, raw, receivedAt, Reason.BOUNCE_UNMATCHED, "a delivery report ("
                    + mail.report().type() + ") about no mail Weibao sent or received");
        }
        if (reported.isPresent()) {
            cases.recordBounce(reported.get().getId(), "退信（" + mail.fromAddress() + "）：" + cut(mail.subject(), 200)
                    + "\n" + mail.report().summary(), new IncomingFile("退信-" + now.getEpochSecond() + ".eml",
                    "message/rfc822", raw), actor(mail));
            entry.taken(InboundMail.Outcome.BOUNCE_RECORDED, reported.get().getId(), "none: delivery report", now);
            return new Intake(Result.BOUNCE_RECORDED, reported.get().getNumber(), mail.report().type());
        }
        if (mail.fromAddress() == null && mail.subject().isBlank() && mail.text().isBlank() && mail.files().isEmpty()) {
            throw new UnreadableMailException("the mail has no sender address (From) and nothing to read");
        }
        Optional<SupportCase> answered = answeredCase(mail);
        Optional<Contract> alerting = alertingContract(mail);
        Optional<String> autoReply = alerting.isPresent() ? Optional.empty() : AutoReplies.reasonItIsOne(mail);
        if (!despiteRules && autoReply.isPresent() && (answered.isEmpty() || !answered.get().getStatus().isOpen())) {
            return ignore(entry, mailbox, raw, receivedAt, Reason.AUTO_REPLY, "an automatic reply (" + autoReply.get()
                    + ") that answers no open case");
        }
        if (answered.isPresent() && answered.get().getStatus().isOpen()) {
            SupportCase supportCase = answered.get();
            Optional<Caller> user = mail.fromAddress() == null ? Optional.empty() : callers.byEmail(mail.fromAddress());
            boolean vendorSide = user.map(Caller::isVendorStaff).orElse(false);
            boolean automatic = LoopProtection.reasonNotToAnswer(mail, ownAddresses).isPresent();
            String actor = user.map(Caller::userId).orElse(actor(mail));
            String note = noteText(mail);
            cases.addNote(supportCase.getNumber(), shortened(note), !vendorSide && !automatic, Channel.EMAIL,
                    Caller.system(actor));
            cases.attachIncoming(supportCase.getId(), mail.files(), Channel.EMAIL, actor);
            cases.keepOriginalMail(supportCase.getId(), originalMail(raw, note, now), actor);
            entry.taken(InboundMail.Outcome.NOTE_ADDED, supportCase.getId(), "none: reply to a case", now);
            return new Intake(Result.NOTE_ADDED, supportCase.getNumber(), automatic ? "automatic reply" : "reply");
        }
        Optional<SupportCase> alertCase = alerting.flatMap(c -> openCaseOfAlert(c, mail));
        if (answered.isEmpty() && alertCase.isPresent()) {
            SupportCase supportCase = alertCase.get();
            String note = "重复告警（" + mail.fromAddress() + "）：" + cut(mail.subject(), 200) + "\n\n" + noteText(mail);
            cases.addNote(supportCase.getNumber(), shortened(note), false, Channel.EMAIL, Caller.system(actor(mail)));
            cases.keepOriginalMail(supportCase.getId(), originalMail(raw, note, now), actor(mail));
            entry.taken(InboundMail.Outcome.NOTE_ADDED, supportCase.getId(), "none: repeated alert", now);
            return new Intake(Result.NOTE_ADDED, supportCase.getNumber(), "repeated alert");
        }
        SupportCase created = openCase(mail, receivedAt, answered.orElse(null));
        cases.attachIncoming(created.getId(), mail.files(), Channel.EMAIL, actor(mail));
        cases.keepOriginalMail(created.getId(), originalMail(raw, description(mail, answered.orElse(null)), now),
                actor(mail));
        String acknowledgement = acknowledge(created, mail, now);
        entry.taken(InboundMail.Outcome.CASE_CREATED, created.getId(), acknowledgement, now);
        return new Intake(Result.CASE_CREATED, created.getNumber(), created.getContract() == null
                ? "unknown sender: triage assigns the contract" : created.getContract().getCode());
    }

    private SupportCase openCase(ParsedMail mail, Instant receivedAt, SupportCase closedCase) {
        // a sender address cases cannot keep (none, or unusable) leaves the reporter unknown: triage finds out
        String address = usableAddress(mail.fromAddress());
        Contract contract = (address == null ? Optional.<Contract>empty() : contractOf(address))
                .orElse(closedCase == null ? null : closedCase.getContract());
        String name = mail.fromName() != null ? mail.fromName()
                : address != null ? address.substring(0, address.indexOf('@')) : UNKNOWN_REPORTER;
        String summary = mail.subject().strip();
        if (summary.isEmpty()) {
            summary = mail.text().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .map(l -> "（无主题）" + cut(l, 80)).orElse("（无主题邮件）");
        }
        NewCase newCase = new NewCase(contract == null ? null : contract.getCode(), null,
                new Reporter(cut(name, 100), null, address, null), Channel.EMAIL, Category.FAULT, null,
                cut(summary, SUMMARY_MAX), shortened(description(mail, closedCase)), receivedAt, null, actor(mail),
                contract == null);
        SupportCase created = cases.submit(newCase, Caller.system("mail-intake"));
        log.info("Mail {} from {} opened case {} ({})", mail.messageId() == null ? mail.messageKey() : mail.messageId(),
                mail.fromAddress(), created.getNumber(),
                contract == null ? "unknown sender, to triage" : contract.getCode());
        return created;
    }

    /** The whole text of a new case from a mail. */
    private static String description(ParsedMail mail, SupportCase closedCase) {
        String address = usableAddress(mail.fromAddress());
        return (closedCase == null ? "" : "（本邮件回复已结束的工单 " + closedCase.getNumber()
                + "，已登记为新工单）\n\n") + (address != null ? "" : mail.fromAddress() == null
                ? "（邮件没有发件人地址，报修人未知，请分诊时确认）\n\n"
                : "（发件人地址无法使用：" + cut(mail.fromAddress(), 200) + "，报修人未知，请分诊时确认）\n\n")
                + mail.text() + filesLine(mail.files());
    }

    /**
     * A text as the case shows it: whole when it fits, else its beginning and where the whole text is (the case's
     * file 邮件全文.txt, {@link #originalMail}).
     */
    static String shortened(String text) {
        if (text.length() <= TEXT_MAX) {
            return text;
        }
        String tail = "\n\n……（正文共 " + text.length() + " 字，此处只显示开头；全文见附件 " + WHOLE_TEXT + "）";
        return text.substring(0, TEXT_MAX - tail.length()) + tail;
    }

    /** The mail as received (.eml), and its whole text when the case shows it shortened. */
    private static List<IncomingFile> originalMail(byte[] raw, String text, Instant now) {
        List<IncomingFile> files = new ArrayList<>();
        files.add(new IncomingFile("邮件原文-" + FILE_STAMP.format(now) + ".eml", "message/rfc822", raw));
        if (text.length() > TEXT_MAX) {
            files.add(new IncomingFile(WHOLE_TEXT, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    /**
     * The ledger key of a mail: its Message-ID's key, unless a mail of other content holds that key already (some
     * senders reuse Message-IDs); then a key of the Message-ID and the content, so that mail is taken in as well.
     */
    private String ledgerKey(String idKey, String contentHash) {
        return ledger.findByMessageKey(idKey)
                .filter(seen -> seen.getContentHash() != null && !seen.getContentHash().equals(contentHash))
                .map(seen -> {
                    log.info("Mail {} has the Message-ID of an earlier, different mail ({}); taken in on its own",
                            contentHash, seen.getMessageKey());
                    return "d:" + MailParser.sha256((idKey + ":" + contentHash).getBytes(StandardCharsets.US_ASCII));
                })
                .orElse(idKey);
    }

    /** The sender's contract: a known address of exactly one contract, else a known domain of exactly one. */
    Optional<Contract> contractOf(String address) {
        List<Contract> byAddress = contracts.byMailAddress(address);
        if (byAddress.size() == 1) {
            return Optional.of(byAddress.get(0));
        }
        if (byAddress.size() > 1) {
            return Optional.empty();
        }
        String domain = address.substring(address.indexOf('@') + 1);
        List<Contract> byDomain = contracts.withMailDomains().stream().filter(c -> c.knowsMailDomain(domain))
                .toList();
        return byDomain.size() == 1 ? Optional.of(byDomain.get(0)) : Optional.empty();
    }

    /** The case a reply belongs to: by the case tag in its subject, else by the mails it names as answered. */
    private Optional<SupportCase> answeredCase(ParsedMail mail) {
        var tag = MailParser.CASE_TAG.matcher(mail.subject());
        while (tag.find()) {
            Optional<SupportCase> tagged = cases.findByNumber(tag.group(1));
            if (tagged.isPresent()) {
                return tagged;
            }
        }
        return caseOfMessages(mail.inReplyTo());
    }

    private Optional<SupportCase> reportedCase(ParsedMail mail) {
        List<String> ids = new ArrayList<>(mail.report().originalMessageIds());
        ids.addAll(mail.inReplyTo());
        Optional<SupportCase> byId = caseOfMessages(ids);
        if (byId.isPresent()) {
            return byId;
        }
        return mail.report().originalReferences().stream().map(cases::findByNumber).flatMap(Optional::stream)
                .findFirst();
    }

    /** The case of the first of these Message-IDs that Weibao received or sent for a case. */
    private Optional<SupportCase> caseOfMessages(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> keys = new LinkedHashMap<>();
        messageIds.forEach(id -> keys.put(MailParser.keyOfMessageId(id), id));
        Map<String, Long> received = ledger.findByMessageKeyIn(new ArrayList<>(keys.keySet())).stream()
                .filter(m -> m.getCaseId() != null)
                .collect(Collectors.toMap(InboundMail::getMessageKey, InboundMail::getCaseId, (a, b) -> a));
        for (Map.Entry<String, String> id : keys.entrySet()) {
            Long caseId = received.get(id.getKey());
            if (caseId == null) {
                caseId = notifications.caseOfSentMail(id.getValue()).orElse(null);
            }
            if (caseId != null) {
                return Optional.of(cases.get(caseId));
            }
        }
        return Optional.empty();
    }

    /** The contract whose monitoring system sent this mail, if a contract lists the sender among its alerts. */
    private Optional<Contract> alertingContract(ParsedMail mail) {
        String address = usableAddress(mail.fromAddress());
        return address == null ? Optional.empty() : contractOf(address).filter(c -> c.isAlertSource(address));
    }

    /** The contract's open case that this alert repeats: reported by the same sender about the same alert. */
    private Optional<SupportCase> openCaseOfAlert(Contract contract, ParsedMail mail) {
        String alert = MailAlerts.key(mail.subject());
        String address = usableAddress(mail.fromAddress());
        holdUntilTransactionEnds(senderLocks.get(address));
        return cases.openCasesReportedBy(contract.getCode(), address).stream()
                .filter(c -> MailAlerts.key(c.getSummary()).equals(alert)).findFirst();
    }

    /**
     * The acknowledgement of a new case, unless loop protection, the sender being a monitoring system or the sender's
     * rate limit forbids one.
     */
    private String acknowledge(SupportCase created, ParsedMail mail, Instant now) {
        Optional<String> reason = LoopProtection.reasonNotToAnswer(mail, ownAddresses);
        if (reason.isEmpty() && alertingContract(mail).isPresent()) {
            reason = Optional.of("alert source");
        }
        if (reason.isEmpty() && created.getReporter().getEmail() == null) {
            reason = Optional.of("no usable sender address");
        }
        if (reason.isEmpty()) {
            holdUntilTransactionEnds(senderLocks.get(mail.fromAddress().toLowerCase(Locale.ROOT)));
            long recent = ledger.countAcknowledgedSince(mail.fromAddress(), now.minus(properties.acknowledgementWindow()));
            if (recent >= properties.maxAcknowledgementsPerSender()) {
                reason = Optional.of("rate limit: " + recent + " acknowledgements to " + mail.fromAddress()
                        + " within " + properties.acknowledgementWindow());
            }
        }
        if (reason.isPresent()) {
            log.info("No acknowledgement for case {} to {}: {}", created.getNumber(), mail.fromAddress(), reason.get());
            return "none: " + reason.get();
        }
        Optional<Instant> due = Optional.ofNullable(responsePromise.getIfAvailable())
                .flatMap(p -> p.responseDueAt(created.getId()));
        String name = created.getReporter().getName();
        String body = "您好" + (name == null ? "" : "，" + name) + "：\n\n"
                + "我们已收到您的邮件，并登记为工单 " + created.getNumber() + "（" + created.getSummary() + "）。\n"
                + due.map(d -> "我们将在 " + DisplayTimes.format(d) + "（北京时间）前响应。\n").orElse("")
                + (created.getContract() == null ? "您的邮箱尚未登记在维保合同中，我们会先确认您所在的医院和合同，再安排处理。\n"
                : "")
                + "\n如需补充信息或附件，请直接回复本邮件，并保留主题中的工单号 [" + created.getNumber() + "]。\n"
                + "本邮件由系统自动发送。\n\nWeibao 维保服务台";
        notifications.send(new NotificationRequest(Recipient.reporter(), created.getId(), created.getNumber(),
                "CASE_ACKNOWLEDGED", "已收到您的报修：" + cut(created.getSummary(), 100), body,
                "case:" + created.getId() + ":acknowledged", mail.messageId()));
        return "SENT";
    }

    private static void holdUntilTransactionEnds(ReentrantLock lock) {
        lock.lock();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            lock.unlock();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }

    private static String noteText(ParsedMail mail) {
        String head = "邮件（" + (mail.fromName() == null ? "" : mail.fromName() + " ")
                + (mail.fromAddress() == null ? "无发件人地址" : "<" + mail.fromAddress() + ">") + "）：" + mail.subject()
                + "\n\n";
        String text = mail.replyText().isBlank() ? "（邮件无正文）" : mail.replyText();
        return head + text + filesLine(mail.files());
    }

    private static String filesLine(List<IncomingFile> files) {
        return files.isEmpty() ? "" : "\n\n附件：" + files.stream().map(IncomingFile::fileName)
                .collect(Collectors.joining("、"));
    }

    private static String actor(ParsedMail mail) {
        return cut("mail:" + (mail.fromAddress() == null ? "unknown" : mail.fromAddress()), 100);
    }

    /** A sender address a case can keep as its reporter's (the cases' own check), else null. */
    private static String usableAddress(String address) {
        return address != null && address.length() <= 254 && USABLE_ADDRESS.matcher(address).matches() ? address : null;
    }

    /** Keeps a mail a rule says not to take in, with its raw bytes, listed for supervisors (reprocessable). */
    private Intake ignore(InboundMail entry, String mailbox, byte[] raw, Instant receivedAt, Reason reason,
                          String detail) {
        QuarantinedItem item = quarantine.ignore(IntakeQuarantine.Arrival.mail(mailbox, raw, receivedAt,
                entry.getSender(), entry.getSubject()), reason, detail, entry.getMessageKey());
        entry.ignored(item.getId(), clock.instant());
        log.info("Mail {} from {} ignored by rule ({}): {}", entry.getMessageKey(), entry.getSender(), reason, detail);
        return new Intake(Result.IGNORED, null, reason + ": " + detail);
    }

    // ---- quarantine ----

    private Intake quarantine(String mailbox, byte[] raw, Instant receivedAt, String idKey, Reason reason,
                              String error) {
        String contentHash = MailParser.contentHash(raw);
        String key = ledgerKey(idKey, contentHash);
        try {
            return transaction.execute(s -> {
                Optional<InboundMail> seen = ledger.findByMessageKey(key);
                if (seen.isPresent()) {
                    log.info("Mail {} was taken in before ({}); skipped", key, seen.get().getOutcome());
                    return new Intake(Result.DUPLICATE, null, "already " + seen.get().getOutcome());
                }
                Instant now = clock.instant();
                String[] senderAndSubject = MailParser.senderAndSubject(raw);
                InboundMail entry = ledger.saveAndFlush(new InboundMail(key, null, contentHash, mailbox,
                        senderAndSubject[0], senderAndSubject[1], receivedAt, now));
                QuarantinedItem item = quarantine.keep(IntakeQuarantine.Arrival.mail(mailbox, raw, receivedAt,
                        senderAndSubject[0], senderAndSubject[1]), reason, error, key);
                entry.quarantined(item.getId(), now);
                return new Intake(Result.QUARANTINED, null, error);
            });
        } catch (DataIntegrityViolationException e) {
            if (ledger.findByMessageKey(key).isPresent()) {
                return new Intake(Result.DUPLICATE, null, "taken in concurrently");
            }
            throw e;
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** A supervisor's second attempt at a quarantined mail (after a fix, or to accept one over the size limit). */
    @Override
    public Outcome reprocess(QuarantinedItem item) {
        if (!item.isBodyKept()) {
            throw new ConflictException("quarantined mail " + item.getId() + " was kept without its raw bytes (its"
                    + " mailbox's quarantine allowance was used up); it is still in the mailbox, marked seen; it can"
                    + " only be dismissed here");
        }
        ParsedMail mail = MailParser.parse(item.getBody());
        String mailbox = item.getSource().substring(item.getSource().indexOf(':') + 1);
        boolean despiteRules = item.getStatus() == QuarantinedItem.Status.IGNORED;
        Intake result = transaction.execute(s -> takeIn(mailbox, mail, item.getBody(), item.getReceivedAt(),
                item.getReference(), despiteRules));
        return new Outcome(result.result() + (result.caseNumber() == null ? "" : " " + result.caseNumber())
                + (result.detail() == null ? "" : ": " + result.detail()), result.caseNumber());
    }

    /** The mail stays recorded in the ledger as dismissed. */
    @Override
    public void dismissed(QuarantinedItem item) {
        ledger.findByMessageKey(item.getReference()).ifPresent(m -> m.dismissed(clock.instant()));
    }

    private static Set<String> ownAddresses(MailIntakeProperties properties, NotifyProperties notify) {
        Set<String> own = new HashSet<>();
        properties.mailboxes().stream().map(MailIntakeProperties.Mailbox::address).filter(a -> a != null)
                .forEach(own::add);
        try {
            own.add(new InternetAddress(notify.mail().from()).getAddress().toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            throw new IllegalStateException("weibao.notify.mail.from is not an address: " + notify.mail().from(), e);
        }
        return Set.copyOf(own);
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
