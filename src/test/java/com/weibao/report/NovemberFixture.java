package com.weibao.report;

import static com.weibao.cases.CaseEventType.CANCELLED;
import static com.weibao.cases.CaseEventType.CONFIRMED;
import static com.weibao.cases.CaseEventType.PRIORITY_CHANGED;
import static com.weibao.cases.CaseEventType.REGISTERED;
import static com.weibao.cases.CaseEventType.REOPENED;
import static com.weibao.cases.CaseEventType.REPEAT_FAULT;
import static com.weibao.cases.CaseEventType.REPORTER_REPLIED;
import static com.weibao.cases.CaseEventType.RESOLVED;
import static com.weibao.cases.CaseEventType.TRIAGED;
import static com.weibao.cases.CaseEventType.WAITING_FOR_REPORTER;

import com.weibao.cases.CaseEventType;
import com.weibao.cases.CaseFacts;
import com.weibao.cases.CaseFacts.Change;
import com.weibao.cases.CaseStatus;
import com.weibao.cases.Channel;
import com.weibao.cases.FaultType;
import com.weibao.cases.Satisfaction;
import com.weibao.cases.SlaTargetStatus;
import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaClock;
import com.weibao.contract.SlaKind;
import com.weibao.report.PeriodReport.Header;
import com.weibao.report.PeriodReport.InspectionFigures;
import com.weibao.sla.TargetFacts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * November 2026 of one contract, by hand (times in Asia/Shanghai). Eight cases:
 * A P1 fault, answered and resolved in time, rated 优; B P2 reported in October, paused, resolved, reopened, its
 * resolution breached; C P3 consultation answered late, its resolution paused; D P4 without any target, confirmed
 * unrated; E a cancelled duplicate; F raised from P3 to P1 by the repeat rule (its P3 response cancelled), its
 * resolution due 30 Nov 23:00 still running; G reported 30 Nov 23:30 (in November in Shanghai, its target due in
 * December); H reported 1 Dec 00:30 Shanghai time = 30 Nov 16:30 UTC (not November).
 */
final class NovemberFixture {

    static final ReportPeriod NOVEMBER = ReportPeriod.parse("2026-11");
    static final InspectionFigures INSPECTIONS = new InspectionFigures(3, 2, 1, 1, 1, 2, 1);

    private NovemberFixture() {
    }

    static Instant at(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(ReportPeriod.ZONE).toInstant();
    }

    static Header header(String nowShanghai) {
        return new Header("测试维保公司", "zhanjiang-5g-emergency", "5G+急救中心智慧平台维保服务", "zhanjiang",
                "湛江中心人民医院", NOVEMBER, at(nowShanghai));
    }

    static PeriodReport report(String nowShanghai) {
        return PeriodReportCalculator.calculate(header(nowShanghai), cases(), targets(), INSPECTIONS);
    }

    static List<CaseFacts> cases() {
        return List.of(
                c(1, "A", Priority.P1, Category.FAULT, Channel.PHONE, "HIS", FaultType.SOFTWARE, "2026-11-03T10:00",
                        CaseStatus.CLOSED, Satisfaction.EXCELLENT, "2026-11-04T09:00",
                        ch("2026-11-03T10:00", REGISTERED, CaseStatus.NEW),
                        ch("2026-11-03T10:05", TRIAGED, CaseStatus.TRIAGED),
                        ch("2026-11-03T12:00", RESOLVED, CaseStatus.RESOLVED),
                        ch("2026-11-04T09:00", CONFIRMED, CaseStatus.CLOSED)),
                c(2, "B", Priority.P2, Category.FAULT, Channel.EMAIL, "HIS", FaultType.NETWORK, "2026-10-30T09:00",
                        CaseStatus.IN_PROGRESS, null, null,
                        ch("2026-10-30T09:00", REGISTERED, CaseStatus.NEW),
                        ch("2026-10-30T09:30", TRIAGED, CaseStatus.TRIAGED),
                        ch("2026-11-02T10:00", WAITING_FOR_REPORTER, CaseStatus.WAITING_FOR_REPORTER),
                        ch("2026-11-05T10:00", REPORTER_REPLIED, CaseStatus.IN_PROGRESS),
                        ch("2026-11-10T10:00", RESOLVED, CaseStatus.RESOLVED),
                        ch("2026-11-12T10:00", REOPENED, CaseStatus.IN_PROGRESS)),
                c(3, "C", Priority.P3, Category.CONSULTATION, Channel.WECHAT, "PACS", null, "2026-11-20T09:00",
                        CaseStatus.WAITING_FOR_REPORTER, null, null,
                        ch("2026-11-20T09:00", REGISTERED, CaseStatus.NEW),
                        ch("2026-11-20T15:00", TRIAGED, CaseStatus.TRIAGED),
                        ch("2026-11-21T10:00", WAITING_FOR_REPORTER, CaseStatus.WAITING_FOR_REPORTER)),
                c(4, "D", Priority.P4, Category.FAULT, Channel.PHONE, "HIS", FaultType.HARDWARE, "2026-11-25T09:00",
                        CaseStatus.CLOSED, null, "2026-11-26T09:00",
                        ch("2026-11-25T09:00", REGISTERED, CaseStatus.NEW),
                        ch("2026-11-25T10:00", RESOLVED, CaseStatus.RESOLVED),
                        ch("2026-11-26T09:00", CONFIRMED, CaseStatus.CLOSED)),
                c(5, "E", Priority.P3, Category.FAULT, Channel.PHONE, "HIS", null, "2026-11-21T09:00",
                        CaseStatus.CANCELLED, null, null,
                        ch("2026-11-21T09:00", REGISTERED, CaseStatus.NEW),
                        ch("2026-11-21T09:10", CANCELLED, CaseStatus.CANCELLED)),
                c(6, "F", Priority.P1, Category.FAULT, Channel.PHONE, "HIS", null, "2026-11-15T10:00",
                        CaseStatus.IN_PROGRESS, null, null,
                        ch("2026-11-15T10:00", REGISTERED, CaseStatus.NEW),
                        ch("2026-11-15T10:30", TRIAGED, CaseStatus.IN_PROGRESS),
                        ch("2026-11-15T10:30", REPEAT_FAULT, null),
                        ch("2026-11-15T10:30", PRIORITY_CHANGED, null)),
                c(7, "G", Priority.P2, Category.FAULT, Channel.WEB, null, null, "2026-11-30T23:30",
                        CaseStatus.NEW, null, null,
                        ch("2026-11-30T23:30", REGISTERED, CaseStatus.NEW)),
                c(8, "H", Priority.P2, Category.FAULT, Channel.PHONE, "HIS", null, "2026-12-01T00:30",
                        CaseStatus.NEW, null, null,
                        ch("2026-12-01T00:30", REGISTERED, CaseStatus.NEW)));
    }

    static List<TargetFacts> targets() {
        return List.of(
                t(1, SlaKind.RESPONSE, "2026-11-03T10:00", "2026-11-03T11:00", SlaTargetStatus.MET, "2026-11-03T10:05",
                        Duration.ofMinutes(5), 0),
                t(1, SlaKind.RESOLUTION, "2026-11-03T10:00", "2026-11-03T14:00", SlaTargetStatus.MET,
                        "2026-11-03T12:00", Duration.ofHours(2), 0),
                t(2, SlaKind.RESPONSE, "2026-10-30T09:00", "2026-10-30T11:00", SlaTargetStatus.MET, "2026-10-30T09:30",
                        Duration.ofMinutes(30), 0),
                t(2, SlaKind.RESOLUTION, "2026-10-30T09:00", "2026-11-06T09:00", SlaTargetStatus.BREACHED, null,
                        null, 2),
                t(3, SlaKind.RESPONSE, "2026-11-20T09:00", "2026-11-20T12:00", SlaTargetStatus.MET_LATE,
                        "2026-11-20T15:00", Duration.ofHours(3), 1),
                t(3, SlaKind.RESOLUTION, "2026-11-20T09:00", null, SlaTargetStatus.PAUSED, null, null, 0),
                t(5, SlaKind.RESPONSE, "2026-11-21T09:00", "2026-11-22T09:00", SlaTargetStatus.CANCELLED, null, null, 0),
                t(6, SlaKind.RESPONSE, "2026-11-15T10:00", "2026-11-16T10:00", SlaTargetStatus.CANCELLED, null, null, 0),
                t(6, SlaKind.RESPONSE, "2026-11-15T10:00", "2026-12-05T10:00", SlaTargetStatus.RUNNING, null, null, 0),
                t(6, SlaKind.RESOLUTION, "2026-11-15T10:00", "2026-11-30T23:00", SlaTargetStatus.RUNNING, null, null,
                        0),
                t(7, SlaKind.RESPONSE, "2026-11-30T23:30", "2026-12-01T01:30", SlaTargetStatus.RUNNING, null, null, 0),
                t(8, SlaKind.RESPONSE, "2026-12-01T00:30", "2026-12-01T02:30", SlaTargetStatus.RUNNING, null, null, 0));
    }

    private static CaseFacts c(long id, String number, Priority p, Category category, Channel channel, String system,
                               FaultType faultType, String reported, CaseStatus status, Satisfaction satisfaction,
                               String confirmed, Change... changes) {
        return new CaseFacts(id, number, p, category, channel, system, system == null ? null : system + "系统",
                faultType, at(reported), status, satisfaction, confirmed == null ? null : at(confirmed),
                List.of(changes));
    }

    private static Change ch(String at, CaseEventType type, CaseStatus to) {
        return new Change(at(at), type, to);
    }

    private static TargetFacts t(long caseId, SlaKind kind, String started, String due, SlaTargetStatus status,
                                 String met, Duration taken, int escalation) {
        return new TargetFacts(caseId, kind.name(), kind, SlaClock.ELAPSED, kind.label(), at(started),
                due == null ? null : at(due), status, met == null ? null : at(met), null, taken, escalation);
    }
}
