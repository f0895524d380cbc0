package com.weibao.report;

import static com.weibao.platform.report.WordReports.heading;
import static com.weibao.platform.report.WordReports.paragraph;
import static com.weibao.platform.report.WordReports.row;
import static com.weibao.platform.report.WordReports.table;
import static com.weibao.platform.report.WordReports.title;

import com.weibao.platform.report.WordReports;
import com.weibao.report.PeriodReport.Breach;
import com.weibao.report.PeriodReport.Count;
import com.weibao.report.PeriodReport.SlaRow;
import com.weibao.report.PeriodReport.TimeRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The period report as people file it: a Word document (A4, SimSun, the vendor, the hospital, the contract and the
 * period, the tables, native editable charts — cases per level, SLA on-time share per target kind, satisfaction —
 * the service manager's summary and a signature block) and an Excel workbook of the same tables with the same
 * charts drawn from its cells.
 */
public final class ReportDocuments {

    /** Chart titles, also the names the tests look the charts up by. */
    public static final String CHART_LEVELS = "工单等级分布";
    public static final String CHART_SLA = "服务时限按时达成率（%）";
    public static final String CHART_SATISFACTION = "满意度分布";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ReportPeriod.ZONE);
    private static final int EMU_PER_CM = 360_000;
    private static final int[] BAR = {70, 130, 180};
    /** 优 green, 良 blue, 差 red. */
    private static final int[][] SLICES = {{46, 139, 87}, {70, 130, 180}, {205, 92, 92}};

    private ReportDocuments() {
    }

    /** The Word report; {@code summary} and {@code improvements} are the service manager's texts (may be empty). */
    public static byte[] docx(PeriodReport r, String summary, String improvements) {
        try (XWPFDocument doc = new XWPFDocument()) {
            var h = r.header();
            title(doc, h.contractName() + " " + h.period().label() + "维保服务" + h.period().kind().label(),
                    h.vendor() + " 致 " + h.hospitalName());
            table(doc, List.of(row("服务单位（乙方）", h.vendor()), row("医院（甲方）", h.hospitalName()),
                    row("合同", h.contractName() + "（" + h.contractCode() + "）"),
                    row("报告期间", h.period().label() + "（" + h.period().first() + " 至 " + h.period().last() + "）"),
                    row("生成时间", TIME.format(h.generatedAt()))));

            heading(doc, "一、工单概况");
            table(doc, caseSummaryRows(r));
            paragraph(doc, "按等级：");
            table(doc, countRows("等级", r.cases().byLevel()));
            chart(doc, CHART_LEVELS, ChartTypes.BAR, labels(r.cases().byLevel()), values(r.cases().byLevel()), "工单数");
            paragraph(doc, "按类别：");
            table(doc, countRows("类别", r.cases().byCategory()));
            paragraph(doc, "按报修渠道：");
            table(doc, countRows("渠道", r.cases().byChannel()));
            paragraph(doc, "按服务系统：");
            table(doc, countRows("系统", r.cases().bySystem()));
            paragraph(doc, "按故障类型：");
            table(doc, countRows("故障类型", r.cases().byFaultType()));

            heading(doc, "二、服务时限达成情况");
            paragraph(doc, "按截止时间落在本期的服务时限统计；应达成 = 按时达成 + 超时达成 + 超时未达成，按时率以应达成为分母。"
                    + "暂停中与尚未到期的时限单列，不计入分母；因调整等级或类别而取消的时限单列。");
            table(doc, slaRows(r.sla()));
            List<SlaRow> totals = judged(r.sla());
            chart(doc, CHART_SLA, ChartTypes.BAR, totals.stream().map(s -> s.kind().label()).toArray(String[]::new),
                    totals.stream().map(SlaRow::onTimePercent).toArray(Double[]::new),
                    "按时率");
            paragraph(doc, "处理用时（按合同时钟计的营业时间，不含暂停）：");
            table(doc, timeRows(r.times()));
            paragraph(doc, "超时明细：");
            if (r.breaches().isEmpty()) {
                paragraph(doc, "本期无超时。");
            } else {
                table(doc, breachRows(r.breaches()));
            }

            heading(doc, "三、巡检");
            var i = r.inspections();
            table(doc, List.of(row("项目", "数量"), row("计划巡检", i.planned() + ""), row("已完成", i.done() + ""),
                    row("院方签字归档", i.signed() + ""), row("逾期未做", i.missed() + ""),
                    row("临时巡检", i.onDemand() + ""), row("发现异常项", i.findings() + ""),
                    row("未关闭的后续工单", i.openFollowUps() + "")));

            heading(doc, "四、满意度与投诉");
            paragraph(doc, "报修方确认：本期确认解决的工单所给评价；电话回访：本期完成的回访所给评价。");
            table(doc, satisfactionRows(r));
            int[] split = satisfactionSplit(r);
            chart(doc, CHART_SATISFACTION, ChartTypes.PIE, new String[] {"优", "良", "差"},
                    new Double[] {(double) split[0], (double) split[1], (double) split[2]}, "评价数");

            paragraph(doc, "投诉：" + complaintSummary(r));
            if (!r.complaints().isEmpty()) {
                table(doc, complaintRows(r));
            }

            heading(doc, "五、总结与改进措施");
            paragraph(doc, "工作总结：" + blankIfEmpty(summary));
            paragraph(doc, "改进措施：" + blankIfEmpty(improvements));

            heading(doc, "六、签字确认");
            signatures(doc, h);
            return WordReports.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where vendor and hospital sign a report or an assessment. */
    static void signatures(XWPFDocument doc, PeriodReport.Header h) {
        WordReports.keepTogether(table(doc, List.of(new String[] {"", "服务单位（乙方）", "医院信息科（甲方）"},
                new String[] {"单位", h.vendor(), h.hospitalName()},
                new String[] {"签字", "", ""},
                new String[] {"日期", "", ""})));
    }

    /** The same tables as sheets, each chart drawn from the sheet's own cells. */
    public static byte[] xlsx(PeriodReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var h = r.header();
            sheet(wb, "概况", concat(List.of(row("服务单位", h.vendor()), row("医院", h.hospitalName()),
                    row("合同", h.contractName()), row("合同编号", h.contractCode()),
                    row("报告期间", h.period().label()), row("生成时间", TIME.format(h.generatedAt()))),
                    caseSummaryRows(r)));
            XSSFSheet levels = sheet(wb, "工单等级", countRows("等级", r.cases().byLevel()));
            sheetChart(levels, CHART_LEVELS, ChartTypes.BAR, r.cases().byLevel().size(), 0, 1);
            sheet(wb, "工单类别", countRows("类别", r.cases().byCategory()));
            sheet(wb, "报修渠道", countRows("渠道", r.cases().byChannel()));
            sheet(wb, "服务系统", countRows("系统", r.cases().bySystem()));
            sheet(wb, "故障类型", countRows("故障类型", r.cases().byFaultType()));
            List<SlaRow> totals = judged(r.sla());
            List<String[]> compliance = new ArrayList<>();
            compliance.add(new String[] {"时限类型", "按时率（%）"});
            totals.forEach(t -> compliance.add(new String[] {t.kind().label(),
                    t.onTimePercent().toString()}));
            sheet(wb, "服务时限", slaRows(r.sla()));
            XSSFSheet rates = sheet(wb, "按时率", compliance);
            sheetChart(rates, CHART_SLA, ChartTypes.BAR, totals.size(), 0, 1);
            sheet(wb, "处理用时", timeRows(r.times()));
            sheet(wb, "超时明细", breachRows(r.breaches()));
            var i = r.inspections();
            sheet(wb, "巡检", List.of(row("项目", "数量"), row("计划巡检", i.planned() + ""), row("已完成", i.done() + ""),
                    row("院方签字归档", i.signed() + ""), row("逾期未做", i.missed() + ""),
                    row("临时巡检", i.onDemand() + ""), row("发现异常项", i.findings() + ""),
                    row("未关闭的后续工单", i.openFollowUps() + "")));
            sheet(wb, "满意度来源", satisfactionRows(r));
            int[] split = satisfactionSplit(r);
            XSSFSheet satisfaction = sheet(wb, "满意度", List.of(row("评价", "数量"), row("优", split[0] + ""),
                    row("良", split[1] + ""), row("差", split[2] + "")));
            sheetChart(satisfaction, CHART_SATISFACTION, ChartTypes.PIE, 3, 0, 1);
            sheet(wb, "投诉", complaintRows(r));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> caseSummaryRows(PeriodReport r) {
        var c = r.cases();
        return List.of(row("项目", "数量"), row("本期报修（不含作废）", c.received() + ""), row("作废", c.cancelled() + ""),
                row("期初未关闭", c.openAtStart() + ""), row("期末未关闭", c.openAtEnd() + ""),
                row("本期解决", c.resolved() + ""), row("重新打开", c.reopened() + ""),
                row("调整等级", c.levelChanges() + ""), row("重复故障升级", c.repeatFaults() + ""),
                row("无服务时限的工单", c.withoutTarget() + ""));
    }

    /** Per source 优/良/差 and the confirmations left unrated (— for callbacks), and the total of all sources. */
    static List<String[]> satisfactionRows(PeriodReport r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"来源", "优", "良", "差", "未评价"});
        for (var s : r.satisfaction()) {
            rows.add(new String[] {s.source(), s.excellent() + "", s.good() + "", s.poor() + "",
                    s.notRated() == null ? "—" : s.notRated() + ""});
        }
        int[] split = satisfactionSplit(r);
        rows.add(new String[] {"合计", split[0] + "", split[1] + "", split[2] + "", ""});
        return rows;
    }

    /** The complaints of the period in one line: how many, answered, substantiated, late. */
    static String complaintSummary(PeriodReport r) {
        List<PeriodReport.ComplaintRow> all = r.complaints();
        if (all.isEmpty()) {
            return "本期无投诉。";
        }
        long open = all.stream().filter(c -> c.outcome().isEmpty()).count();
        long substantiated = all.stream().filter(c -> c.outcome().startsWith("属实")).count();
        long late = all.stream().filter(PeriodReport.ComplaintRow::late).count();
        return "本期 " + all.size() + " 件，已答复 " + (all.size() - open) + " 件（属实 " + substantiated + " 件），处理中 "
                + open + " 件，逾期答复 " + late + " 件。";
    }

    static List<String[]> complaintRows(PeriodReport r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"编号", "针对", "渠道", "收到时间", "状态", "结论与整改措施", "逾期"});
        for (var c : r.complaints()) {
            rows.add(new String[] {c.reference(), c.about(), c.channel(), TIME.format(c.filedAt()), c.status(),
                    c.outcome(), c.late() ? "是" : "否"});
        }
        return rows;
    }

    /** 优, 良, 差 over all sources (the pie chart's slices). */
    static int[] satisfactionSplit(PeriodReport r) {
        return new int[] {r.satisfaction().stream().mapToInt(PeriodReport.SatisfactionFigures::excellent).sum(),
                r.satisfaction().stream().mapToInt(PeriodReport.SatisfactionFigures::good).sum(),
                r.satisfaction().stream().mapToInt(PeriodReport.SatisfactionFigures::poor).sum()};
    }

    static List<String[]> countRows(String what, List<Count> counts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {what, "工单数"});
        counts.forEach(c -> rows.add(new String[] {c.label(), String.valueOf(c.count())}));
        return rows;
    }

    static List<String[]> slaRows(List<SlaRow> sla) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"时限类型", "等级", "应达成", "按时达成", "超时达成", "超时未达成", "暂停中", "未到期",
                "已取消", "按时率"});
        for (SlaRow s : sla) {
            rows.add(new String[] {s.kind().label(), s.level() == null ? "合计" : s.level().name(), s.due() + "",
                    s.met() + "", s.metLate() + "", s.breached() + "", s.paused() + "", s.pending() + "",
                    s.cancelled() + "", s.onTimePercent() == null ? "—" : s.onTimePercent() + "%"});
        }
        return rows;
    }

    static List<String[]> timeRows(List<TimeRow> times) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"时限类型", "已达成数", "中位数", "90分位"});
        times.forEach(t -> rows.add(new String[] {t.kind().label(), t.count() + "", duration(t.median()),
                duration(t.p90())}));
        return rows;
    }

    static List<String[]> breachRows(List<Breach> breaches) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"工单", "等级", "时限", "截止时间", "达成时间", "状态", "升级步数"});
        breaches.forEach(b -> rows.add(new String[] {b.caseNumber(), b.level().name(), b.kind().label(),
                time(b.dueAt()), time(b.metAt()), b.status().label(), b.escalationLevel() + ""}));
        return rows;
    }

    /** The rows of all levels of each target kind that had something due (the charts' bars). */
    static List<SlaRow> judged(List<SlaRow> sla) {
        return sla.stream().filter(s -> s.level() == null && s.onTimePercent() != null).toList();
    }

    /** 1小时30分, 2天3小时 (business time). */
    static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        return (days > 0 ? days + "天" : "") + (hours > 0 ? hours + "小时" : "")
                + (rest > 0 || minutes == 0 ? rest + "分" : "");
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static String blankIfEmpty(String text) {
        return text == null || text.isBlank() ? "（待服务经理填写）" : text;
    }

    private static String[] labels(List<Count> counts) {
        return counts.stream().map(Count::label).toArray(String[]::new);
    }

    private static Double[] values(List<Count> counts) {
        return counts.stream().map(c -> (double) c.count()).toArray(Double[]::new);
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        List<String[]> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A native chart in the Word document, its data also in the chart's embedded workbook (editable in Word). */
    static void chart(XWPFDocument doc, String title, ChartTypes type, String[] categories, Double[] values,
                              String series) throws IOException {
        if (categories.length == 0) {
            paragraph(doc, title + "：本期无数据。");
            return;
        }
        XWPFChart chart;
        try {
            chart = doc.createChart(16 * EMU_PER_CM, 7 * EMU_PER_CM);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, categories.length, 0, 0)), 0);
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values,
                chart.formatRange(new CellRangeAddress(1, categories.length, 1, 1)), 1);
        plot(chart, title, type, cats, vals, series);
    }

    private static XDDFSolidFillProperties solid(int[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}));
    }

    static XSSFSheet sheet(XSSFWorkbook wb, String name, List<String[]> rows) {
        XSSFSheet sheet = wb.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                Cell cell = row.createCell(c);
                String v = rows.get(r)[c];
                if (r > 0 && c > 0 && v != null && v.matches("-?\\d+(\\.\\d+)?")) {
                    cell.setCellValue(Double.parseDouble(v));
                } else {
                    cell.setCellValue(v);
                }
            }
        }
        for (int c = 0; c < rows.get(0).length; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        return sheet;
    }

    /** A chart beside the table, drawn from its cells (rows 1…n, the label and the value column). */
    static void sheetChart(XSSFSheet sheet, String title, ChartTypes type, int rows, int labelColumn,
                                   int valueColumn) {
        if (rows == 0) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, 1, 12, 18);
        XSSFChart chart = drawing.createChart(anchor);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, rows, labelColumn, labelColumn));
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, rows, valueColumn, valueColumn));
        plot(chart, title, type, cats, vals, null);
    }

    private static void plot(XDDFChart chart, String title, ChartTypes type, XDDFCategoryDataSource cats,
                             XDDFNumericalDataSource<Double> vals, String seriesName) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartData data;
        if (type == ChartTypes.PIE) {
            data = chart.createData(ChartTypes.PIE, null, null);
            data.setVaryColors(true);
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        } else {
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            data = chart.createData(ChartTypes.BAR, x, y);
            ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
        }
        XDDFChartData.Series series = data.addSeries(cats, vals);
        // explicit fills: without them LibreOffice draws the bars and slices invisible
        if (type == ChartTypes.PIE) {
            for (int i = 0; i < cats.getPointCount(); i++) {
                series.getDataPoint(i).setFillProperties(solid(SLICES[i % SLICES.length]));
            }
        } else {
            series.setFillProperties(solid(BAR));
        }
        if (seriesName != null && chart instanceof XWPFChart word) {
            series.setTitle(seriesName, word.setSheetTitle(seriesName, 1));
        }
        chart.plot(data);
    }
}
