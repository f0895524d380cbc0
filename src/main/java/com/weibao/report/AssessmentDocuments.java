package com.weibao.report;

import static com.weibao.platform.report.WordReports.heading;
import static com.weibao.platform.report.WordReports.paragraph;
import static com.weibao.platform.report.WordReports.row;
import static com.weibao.platform.report.WordReports.table;
import static com.weibao.platform.report.WordReports.title;

import com.weibao.platform.report.WordReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The maintenance assessment (维保考核) as people file it: a Word scorecard (A4, the vendor, the hospital, the contract
 * and the period, the criteria with weight, score and basis, a native chart of the scores, the grade, the evidence
 * table, the service manager's remarks and a signature block) and an Excel workbook of the same tables.
 */
public final class AssessmentDocuments {

    /** The chart's title, also how the tests find it. */
    public static final String CHART_SCORES = "各考核项得分";

    private AssessmentDocuments() {
    }

    public static byte[] docx(Assessment a, String summary, String improvements) {
        try (XWPFDocument doc = new XWPFDocument()) {
            var h = a.header();
            title(doc, h.contractName() + " " + h.period().label() + "维保考核", h.vendor() + " 致 " + h.hospitalName());
            table(doc, List.of(row("服务单位（乙方）", h.vendor()), row("医院（甲方）", h.hospitalName()),
                    row("合同", h.contractName() + "（" + h.contractCode() + "）"),
                    row("考核期间", h.period().label() + "（" + h.period().first() + " 至 " + h.period().last() + "）"),
                    row("生成时间", ReportDocuments.time(h.generatedAt()))));

            heading(doc, "一、考核结果");
            table(doc, List.of(row("考核总分", total(a)), row("考核等级", a.gradeLabel())));
            paragraph(doc, "总分为各考核项得分按权重的加权平均；本期无可评内容的考核项记为“不适用”，其权重按比例分配给其余各项。"
                    + "等级：90 分及以上优秀，75–90 分良好，60–75 分合格，60 分以下不合格。");

            heading(doc, "二、考核项与得分");
            table(doc, scoreRows(a));
            List<Assessment.Score> scored = a.scores().stream().filter(Assessment.Score::applicable).toList();
            ReportDocuments.chart(doc, CHART_SCORES, ChartTypes.BAR,
                    scored.stream().map(Assessment.Score::name).toArray(String[]::new),
                    scored.stream().map(Assessment.Score::score).toArray(Double[]::new), "得分");

            heading(doc, "三、考核依据");
            if (a.evidence().isEmpty()) {
                paragraph(doc, "本期无考核依据。");
            } else {
                table(doc, evidenceRows(a));
            }

            heading(doc, "四、考核说明与整改措施");
            paragraph(doc, "考核说明：" + blankIfEmpty(summary));
            paragraph(doc, "整改措施：" + blankIfEmpty(improvements));

            heading(doc, "五、签字确认");
            ReportDocuments.signatures(doc, h);
            return WordReports.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 概况, 考核项 (with the chart drawn from its cells) and 考核依据. */
    public static byte[] xlsx(Assessment a) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var h = a.header();
            ReportDocuments.sheet(wb, "概况", List.of(row("服务单位", h.vendor()), row("医院", h.hospitalName()),
                    row("合同", h.contractName()), row("合同编号", h.contractCode()),
                    row("考核期间", h.period().label()), row("考核总分", total(a)), row("考核等级", a.gradeLabel())));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"考核项", "得分", "权重（%）", "计分依据"});
            a.scores().stream().filter(Assessment.Score::applicable).forEach(s -> rows.add(new String[] {s.name(),
                    s.score().toString(), s.weight() + "", s.basis()}));
            a.scores().stream().filter(s -> !s.applicable()).forEach(s -> rows.add(new String[] {s.name(), "不适用",
                    s.weight() + "", s.basis()}));
            XSSFSheet scores = ReportDocuments.sheet(wb, "考核项", rows);
            ReportDocuments.sheetChart(scores, CHART_SCORES, ChartTypes.BAR,
                    (int) a.scores().stream().filter(Assessment.Score::applicable).count(), 0, 1);
            ReportDocuments.sheet(wb, "考核依据", evidenceRows(a));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> scoreRows(Assessment a) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"考核项", "权重", "得分", "计分依据"});
        a.scores().forEach(s -> rows.add(new String[] {s.name(), s.weight() + "%",
                s.applicable() ? s.score().toString() : "不适用", s.basis()}));
        return rows;
    }

    static List<String[]> evidenceRows(Assessment a) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"考核项", "依据", "说明", "结果"});
        a.evidence().forEach(e -> rows.add(new String[] {e.criterion(), e.item(), e.detail(), e.outcome()}));
        return rows;
    }

    private static String total(Assessment a) {
        return a.total() == null ? "—" : a.total() + " 分";
    }

    private static String blankIfEmpty(String text) {
        return text == null || text.isBlank() ? "（待服务经理填写）" : text;
    }
}
