package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.platform.report.WordReports;
import com.weibao.report.PeriodReport.Count;
import com.weibao.report.PeriodReport.SlaRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The documents of {@link NovemberFixture}'s report parsed back with POI: the charts' data are the tables'. */
class ReportDocumentsTest {

    private static final PeriodReport REPORT = NovemberFixture.report("2026-12-01T09:00");

    @Test
    void wordReportOnA4WithItsTablesChartsAndSignatureBlock() throws IOException {
        byte[] bytes = ReportDocuments.docx(REPORT, "本月系统运行平稳。", "加强夜间值守。");
        keep("report-2026-11.docx", bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((Number) size.getW()).intValue()).isEqualTo(WordReports.A4_WIDTH_TWIPS);
            assertThat(((Number) size.getH()).intValue()).isEqualTo(WordReports.A4_HEIGHT_TWIPS);
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("5G+急救中心智慧平台维保服务 2026年11月维保服务月报", "测试维保公司", "湛江中心人民医院",
                    "2026-11-01 至 2026-11-30", "本期报修（不含作废）\t5", "期末未关闭\t4", "无服务时限的工单\t1",
                    "响应\t合计\t2\t1\t1\t0\t0\t0\t1\t50.0%", "解决\tP3\t0\t0\t0\t0\t1\t0\t0\t—",
                    "工作总结：本月系统运行平稳。", "改进措施：加强夜间值守。", "签字", "医院信息科（甲方）");
            assertThat(doc.getCharts()).hasSize(3);

            XWPFChart levels = chart(doc.getCharts(), ReportDocuments.CHART_LEVELS);
            assertThat(points(levels)).containsExactlyElementsOf(table(REPORT.cases().byLevel()));
            assertThat(embeddedSheet(levels)).as("editable in Word: the data sit in the chart's workbook")
                    .containsExactlyElementsOf(table(REPORT.cases().byLevel()));

            List<SlaRow> totals = REPORT.sla().stream().filter(s -> s.level() == null).toList();
            assertThat(points(chart(doc.getCharts(), ReportDocuments.CHART_SLA)))
                    .containsExactly("响应=50.0", "解决=33.3")
                    .containsExactlyElementsOf(totals.stream().map(s -> s.kind().label() + "=" + s.onTimePercent())
                            .toList());
            assertThat(points(chart(doc.getCharts(), ReportDocuments.CHART_SATISFACTION)))
                    .containsExactly("优=1.0", "良=0.0", "差=0.0");
        }
    }

    @Test
    void workbookWithTheSameTablesAndChartsDrawnFromItsCells() throws IOException {
        byte[] bytes = ReportDocuments.xlsx(REPORT);
        keep("report-2026-11.xlsx", bytes);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet levels = wb.getSheet("工单等级");
            assertThat(rows(levels)).containsExactlyElementsOf(table(REPORT.cases().byLevel()));
            List<XSSFChart> charts = levels.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XDDFChartData.Series series = charts.get(0).getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("工单等级!$A$2:$A$5");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("工单等级!$B$2:$B$5");
            assertThat(rows(wb.getSheet("按时率"))).containsExactly("响应=50.0", "解决=33.3");
            assertThat(wb.getSheet("服务时限").getRow(3).getCell(0).getStringCellValue()).isEqualTo("响应");
            assertThat(wb.getSheet("服务时限").getRow(3).getCell(9).getStringCellValue()).isEqualTo("50.0%");
            assertThat(wb.getSheet("超时明细").getLastRowNum()).as("three breaches under the heading").isEqualTo(3);
        }
    }

    /** The period's complaints with their outcomes, in the Word report's section 四 and in the workbook's sheet. */
    @Test
    void complaintsWithTheirOutcomesInBothDocuments() throws IOException {
        PeriodReport withComplaints = REPORT.withComplaints(List.of(
                new PeriodReport.ComplaintRow("TS-3", "针对工单 WB-2026-000004", "电话回访",
                        java.time.Instant.parse("2026-11-03T02:00:00Z"), "已答复", "属实：夜间热线双人值守", true, null),
                new PeriodReport.ComplaintRow("TS-4", "针对服务总体", "电话",
                        java.time.Instant.parse("2026-11-20T06:30:00Z"), "处理中", "", false, "WB-2026-000009")));
        assertThat(new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(ReportDocuments.docx(REPORT, "", ""))))
                .getText()).contains("四、满意度与投诉", "投诉：本期无投诉。");
        byte[] docx = ReportDocuments.docx(withComplaints, "", "");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains(
                    "投诉：本期 2 件，已答复 1 件（属实 1 件），处理中 1 件，逾期答复 1 件。",
                    "TS-3\t针对工单 WB-2026-000004\t电话回访\t2026-11-03 10:00\t已答复\t属实：夜间热线双人值守\t是",
                    "TS-4\t针对服务总体\t电话\t2026-11-20 14:30\t处理中\t\t否");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportDocuments.xlsx(withComplaints)))) {
            XSSFSheet sheet = wb.getSheet("投诉");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("属实：夜间热线双人值守");
        }
    }

    private static XWPFChart chart(List<XWPFChart> charts, String title) {
        return charts.stream().filter(c -> c.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getT().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> points(XDDFChart chart) {
        XDDFChartData.Series s = chart.getChartSeries().get(0).getSeries(0);
        List<String> points = new ArrayList<>();
        for (int i = 0; i < s.getCategoryData().getPointCount(); i++) {
            points.add(s.getCategoryData().getPointAt(i) + "=" + s.getValuesData().getPointAt(i));
        }
        return points;
    }

    private static List<String> embeddedSheet(XWPFChart chart) throws IOException {
        try {
            return rows(chart.getWorkbook().getSheetAt(0));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static List<String> rows(org.apache.poi.ss.usermodel.Sheet sheet) {
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(1) != null) {
                rows.add(row.getCell(0).getStringCellValue() + "=" + row.getCell(1).getNumericCellValue());
            }
        }
        return rows;
    }

    private static List<String> table(List<Count> counts) {
        return counts.stream().map(c -> c.label() + "=" + (double) c.count()).toList();
    }

    /** The documents stay in target/ to be opened (and converted to PDF) by hand. */
    private static void keep(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
