package com.weibao.quality;

import static com.weibao.platform.report.WordReports.heading;
import static com.weibao.platform.report.WordReports.paragraph;
import static com.weibao.platform.report.WordReports.row;
import static com.weibao.platform.report.WordReports.table;
import static com.weibao.platform.report.WordReports.title;

import com.weibao.cases.Satisfaction;
import com.weibao.contract.Contract;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.report.WordReports;
import com.weibao.sla.WorkingTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/**
 * The figures of a yearly survey and its result document 《年度满意度调查及服务总结报告》 (Word, A4, Apache POI with
 * the platform's report helpers): each department's result, the 优/良/差 counts and shares, comments and
 * suggestions, the year's callbacks of closed cases (from the callback records) and the manager's summary and
 * improvement measures.
 */
@Component
class SurveyReport {

    static final String TITLE = "年度满意度调查及服务总结报告";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(WorkingTime.SHANGHAI);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日")
            .withZone(WorkingTime.SHANGHAI);

    private final CallbackRepository callbacks;
    private final PeopleNames names;

    SurveyReport(CallbackRepository callbacks, PeopleNames names) {
        this.callbacks = callbacks;
        this.names = names;
    }

    /** The survey's counts and the year's callbacks. */
    record Figures(int departments, long reached, QualityQueries.Counts counts, List<Callback> yearCallbacks) {

        QualityQueries.Counts callbackCounts() {
            return QualityQueries.Counts.of(yearCallbacks.stream().map(Callback::getRating).filter(Objects::nonNull)
                    .toList());
        }

        String countsText() {
            return countsLine(counts);
        }

        String callbacksText() {
            long selected = yearCallbacks.stream().filter(c -> c.getDecision() == CallbackDecision.SELECTED).count();
            long reachedCalls = yearCallbacks.stream().filter(c -> c.getStatus() == CallbackStatus.REACHED).count();
            return "本年关闭工单 " + yearCallbacks.size() + " 张，抽中回访 " + selected + " 张，已回访 " + reachedCalls
                    + " 张；回访评价：" + countsLine(callbackCounts());
        }
    }

    Figures figures(Survey survey, List<SurveyCall> calls) {
        List<Satisfaction> rated = calls.stream().map(SurveyCall::getRating).filter(Objects::nonNull).toList();
        long reached = calls.stream().filter(c -> c.getOutcome() == SurveyCallOutcome.REACHED).count();
        LocalDate first = LocalDate.of(survey.getYear(), 1, 1);
        Instant from = first.atStartOfDay(WorkingTime.SHANGHAI).toInstant();
        Instant to = first.plusYears(1).atStartOfDay(WorkingTime.SHANGHAI).toInstant();
        List<Callback> year = callbacks.findByContractCodeAndClosedAtGreaterThanEqualAndClosedAtLessThan(
                survey.getContractCode(), from, to);
        return new Figures(calls.size(), reached, QualityQueries.Counts.of(rated), year);
    }

    byte[] docx(Survey survey, Contract contract, List<SurveyCall> calls) {
        Figures figures = figures(survey, calls);
        try (XWPFDocument doc = new XWPFDocument()) {
            title(doc, "《" + survey.getYear() + TITLE + "》", contract.getHospital().getName() + " · "
                    + contract.getName());
            table(doc, List.of(row("合同", contract.getName() + "（" + contract.getCode() + "）"),
                    row("医院", contract.getHospital().getName()),
                    row("调查年度", survey.getYear() + " 年"),
                    row("调查方式", "回访专员电话调查院方各科室"),
                    row("发起人", names.nameOf(survey.getStartedBy()) + "，" + DAY.format(survey.getStartedAt())),
                    row("总结人", names.nameOf(survey.getSummarizedBy()) + "，"
                            + (survey.getSummarizedAt() == null ? "" : DAY.format(survey.getSummarizedAt())))));

            heading(doc, "一、满意度调查结果");
            paragraph(doc, "共调查科室 " + figures.departments() + " 个，接通 " + figures.reached() + " 个，未接通 "
                    + (figures.departments() - figures.reached()) + " 个。");
            QualityQueries.Counts c = figures.counts();
            List<String[]> share = new ArrayList<>();
            share.add(new String[] {"满意度", "科室数", "占比"});
            share.add(new String[] {"优", String.valueOf(c.excellent()), percent(c.excellent(), c.total())});
            share.add(new String[] {"良", String.valueOf(c.good()), percent(c.good(), c.total())});
            share.add(new String[] {"差", String.valueOf(c.poor()), percent(c.poor(), c.total())});
            share.add(new String[] {"合计", String.valueOf(c.total()), c.total() == 0 ? "—" : "100%"});
            table(doc, share);

            heading(doc, "二、各科室调查结果");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"科室", "联系人 / 电话", "结果", "满意度", "意见", "建议", "调查人 / 时间"});
            for (SurveyCall call : calls) {
                rows.add(new String[] {call.getDepartment(),
                        (call.getContactName() == null ? "" : call.getContactName() + " / ") + call.getPhone(),
                        call.getOutcome() == null ? "" : call.getOutcome().label(),
                        call.getRating() == null ? "—" : call.getRating().label(),
                        WordReports.nullToEmpty(call.getComment()), WordReports.nullToEmpty(call.getSuggestions()),
                        call.getCalledBy() == null ? "" : names.nameOf(call.getCalledBy()) + "\n"
                                + DAY_TIME.format(call.getCalledAt())});
            }
            table(doc, rows);

            heading(doc, "三、本年度工单回访情况");
            paragraph(doc, figures.callbacksText() + "。");
            List<String[]> reachedCallbacks = new ArrayList<>();
            reachedCallbacks.add(new String[] {"工单", "关闭时间", "回访结果", "满意度", "报修人意见"});
            figures.yearCallbacks().stream().filter(cb -> cb.getStatus() != null)
                    .forEach(cb -> reachedCallbacks.add(new String[] {cb.getCaseNumber(),
                            DAY_TIME.format(cb.getClosedAt()), cb.getStatus().label(),
                            cb.getRating() == null ? "—" : cb.getRating().label(),
                            WordReports.nullToEmpty(cb.getComment())}));
            if (reachedCallbacks.size() > 1) {
                table(doc, reachedCallbacks);
            }

            heading(doc, "四、服务总结");
            paragraph(doc, survey.getSummary());
            heading(doc, "五、改进措施");
            paragraph(doc, survey.getImprovements());
            return WordReports.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String countsLine(QualityQueries.Counts c) {
        return "优 " + c.excellent() + "（" + percent(c.excellent(), c.total()) + "）、良 " + c.good() + "（"
                + percent(c.good(), c.total()) + "）、差 " + c.poor() + "（" + percent(c.poor(), c.total()) + "）";
    }

    static String percent(long part, long total) {
        if (total == 0) {
            return "—";
        }
        double p = Math.round(1000.0 * part / total) / 10.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
