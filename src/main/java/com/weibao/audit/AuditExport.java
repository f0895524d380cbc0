package com.weibao.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The audit trail as a file for the hospital's own records: CSV (UTF-8 with a byte order mark, so Excel shows the
 * Chinese headings) or an Excel workbook (Apache POI, streamed). Times in Asia/Shanghai. Cells that a spreadsheet
 * would take for a formula are prefixed with an apostrophe.
 */
final class AuditExport {

    static final String[] HEADINGS = {"时间", "来源", "序号", "用户", "客户端地址", "入口", "操作", "对象类型", "对象",
            "医院", "结果", "说明", "哈希"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private AuditExport() {
    }

    static byte[] csv(List<AuditItem> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADINGS).get())) {
            for (AuditItem item : items) {
                csv.printRecord((Object[]) cells(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<AuditItem> items) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            Sheet sheet = workbook.createSheet("审计日志");
            write(sheet.createRow(0), HEADINGS);
            int r = 1;
            for (AuditItem item : items) {
                write(sheet.createRow(r++), cells(item));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void write(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static String[] cells(AuditItem i) {
        return new String[] {TIME.format(i.at()), i.source(), i.seq() == null ? "" : i.seq().toString(),
                safe(i.actor()), safe(i.clientAddress()), safe(i.surface()), safe(i.action()), safe(i.objectType()),
                safe(i.objectId()), safe(i.hospital()), safe(i.outcome()), safe(i.detail()), safe(i.hash())};
    }

    /** No formula injection: a cell starting with = + - @ is written as text. */
    private static String safe(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
