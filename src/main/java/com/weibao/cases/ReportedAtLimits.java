package com.weibao.cases;

import com.weibao.platform.security.Caller;
import com.weibao.platform.web.FieldViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far before its registration a case may be dated as reported (weibao.cases.reported-at.*). Every service-level
 * target counts from the report time, so a report dated far back registers a case that is already late or breached
 * and escalates to everyone at once.
 * <ul>
 * <li>A person dates a report (REST API, the Tasklist start forms 登记报修 and 电话报修): the vendor's staff ({@code desk})
 * at most {@code desk.max} back, e.g. a phone call taken on paper, and beyond {@code desk.without-reason} only with a
 * reason, which the case history shows; hospital users ({@code hospital}) not beyond {@code hospital.max}, a
 * tolerance for clock skew: a hospital's report counts from when it is made.</li>
 * <li>An intake channel dates a case by its own clock: the mail server's received date ({@code mail}), WeChat's
 * CreateTime ({@code wechat}), the CTI system's call start ({@code cti}). That time counts at most the channel's
 * allowance before Weibao received the mail, the message or the call's first event; an earlier one is moved up to
 * that bound (the channel cannot be asked again), with one log line.</li>
 * </ul>
 */
@ConfigurationProperties("weibao.cases.reported-at")
public record ReportedAtLimits(Backdating desk, Backdating hospital, Duration mail, Duration wechat, Duration cti) {

    private static final Logger log = LoggerFactory.getLogger(ReportedAtLimits.class);
    static final int REASON_MAX = 500;

    /** How far back a person may date a report at all, and how far without saying why. */
    public record Backdating(Duration max, Duration withoutReason) {

        public Backdating {
            if (max == null || withoutReason == null || max.isNegative() || withoutReason.compareTo(max) > 0) {
                throw new IllegalArgumentException("weibao.cases.reported-at: 0 <= without-reason <= max, is "
                        + withoutReason + " / " + max);
            }
        }
    }

    public ReportedAtLimits {
        desk = desk == null ? new Backdating(Duration.ofDays(3), Duration.ofHours(1)) : desk;
        hospital = hospital == null ? new Backdating(Duration.ofMinutes(5), Duration.ofMinutes(5)) : hospital;
        mail = mail == null ? Duration.ofDays(3) : mail;
        wechat = wechat == null ? Duration.ofMinutes(10) : wechat;
        cti = cti == null ? Duration.ofDays(1) : cti;
    }

    /** Why a person may not date a report at {@code reportedAt} when registering it {@code now}, if they may not. */
    public Optional<Refusal> refusal(Instant reportedAt, String reason, Caller person, Instant now) {
        boolean desk = person.isVendorStaff();
        if (reason != null && reason.strip().length() > REASON_MAX) {
            return Optional.of(new Refusal(Refusal.Kind.REASON_TOO_LONG, desk, null, null));
        }
        if (reportedAt == null || !reportedAt.isBefore(now)) {
            return Optional.empty();
        }
        Backdating allowed = desk ? this.desk : hospital;
        Duration back = Duration.between(reportedAt, now);
        if (back.compareTo(allowed.max()) > 0) {
            return Optional.of(new Refusal(Refusal.Kind.TOO_FAR_BACK, desk, back, allowed.max()));
        }
        if (back.compareTo(allowed.withoutReason()) > 0 && (reason == null || reason.isBlank())) {
            return Optional.of(new Refusal(Refusal.Kind.REASON_MISSING, desk, back, allowed.withoutReason()));
        }
        return Optional.empty();
    }

    /** Why the vendor's staff may not date a report at {@code reportedAt} at all, whatever the reason, if so. */
    public Optional<Refusal> beyondDesk(Instant reportedAt, Instant now) {
        Duration back = reportedAt == null ? Duration.ZERO : Duration.between(reportedAt, now);
        return back.compareTo(desk.max()) > 0
                ? Optional.of(new Refusal(Refusal.Kind.TOO_FAR_BACK, true, back, desk.max())) : Optional.empty();
    }

    /** The report time of a mail: its received date, at most {@code mail} before Weibao took it in. */
    public Instant mailTime(Instant receivedDate, Instant takenIn) {
        return bounded("mail received date", receivedDate, takenIn, mail);
    }

    /** The report time of a WeChat message: its CreateTime, at most {@code wechat} before Weibao received it. */
    public Instant weChatTime(Instant createTime, Instant receivedAt) {
        return bounded("WeChat CreateTime", createTime, receivedAt, wechat);
    }

    /** The report time of a phone call the CTI system told of: its start, at most {@code cti} before its first event. */
    public Instant ctiCallTime(Instant callStart, Instant firstEventAt) {
        return bounded("CTI call start", callStart, firstEventAt, cti);
    }

    private static Instant bounded(String what, Instant claimed, Instant receivedAt, Duration allowance) {
        if (claimed == null || claimed.isAfter(receivedAt)) {
            return receivedAt;
        }
        Instant earliest = receivedAt.minus(allowance);
        if (claimed.isBefore(earliest)) {
            log.info("The {} {} lies more than {} before Weibao received it ({}); the case counts from {}", what,
                    claimed, allowance, receivedAt, earliest);
            return earliest;
        }
        return claimed;
    }

    /** A refused report time: how far back it lies and the limit it is over, for the person's role. */
    public record Refusal(Kind kind, boolean desk, Duration back, Duration limit) {

        public enum Kind {
            /** Further back than the person may date a report at all. */
            TOO_FAR_BACK,
            /** Far enough back that the person must say why. */
            REASON_MISSING,
            /** The reason is longer than {@value ReportedAtLimits#REASON_MAX} characters. */
            REASON_TOO_LONG
        }

        /** For the REST API: English, naming the request's fields. */
        public FieldViolation inEnglish(String timeField, String reasonField) {
            return switch (kind) {
                case REASON_TOO_LONG -> new FieldViolation(reasonField, "is longer than " + REASON_MAX + " characters");
                case REASON_MISSING -> new FieldViolation(reasonField, "say why the case is dated " + english(back)
                        + " before its registration (more than " + english(limit) + "), e.g. a call taken on paper");
                case TOO_FAR_BACK -> new FieldViolation(timeField, "lies " + english(back) + " before now; " + (desk
                        ? "the vendor's staff may date a report back by at most " + english(limit)
                        : "a hospital's report counts from when it is made (at most " + english(limit) + " earlier)"));
            };
        }

        /** For the Tasklist forms: Chinese, naming the form's fields. */
        public FieldViolation inChinese(String timeField, String reasonField) {
            return switch (kind) {
                case REASON_TOO_LONG -> new FieldViolation(reasonField, "补登原因不能超过 " + REASON_MAX + " 个字");
                case REASON_MISSING -> new FieldViolation(reasonField, "报修时间早于当前时间" + chinese(back) + "（超过"
                        + chinese(limit) + "）：请填写补登原因，例如纸质记录的电话报修");
                case TOO_FAR_BACK -> new FieldViolation(timeField, "报修时间早于当前时间" + chinese(back) + "，" + (desk
                        ? "补登最多可早于当前时间" + chinese(limit) : "院方报修从提交时起算（最多早" + chinese(limit) + "）"));
            };
        }
    }

    /** "2 days 3 hours", "61 days", "12 minutes": the two largest units. */
    static String english(Duration d) {
        return format(d, " day", " hour", " minute", true);
    }

    /** "2天3小时", "61天", "12分钟". */
    static String chinese(Duration d) {
        return format(d, "天", "小时", "分钟", false);
    }

    private static String format(Duration d, String day, String hour, String minute, boolean english) {
        long[] amounts = {d.toDays(), d.toHoursPart(), d.toMinutesPart()};
        String[] units = {day, hour, minute};
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < amounts.length && shown < 2; i++) {
            if (amounts[i] > 0 || (shown == 0 && i == amounts.length - 1)) {
                if (english && !text.isEmpty()) {
                    text.append(' ');
                }
                text.append(amounts[i]).append(units[i]).append(english && amounts[i] != 1 ? "s" : "");
                shown++;
            } else if (shown > 0) {
                break;
            }
        }
        return text.toString();
    }
}
