package com.weibao.platform.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The building blocks of Weibao's Word reports (Apache POI): Chinese text in SimSun, a centred title, numbered
 * headings, paragraphs and plain tables. The fault report and the inspection report are written with these.
 */
public final class WordReports {

    private static final String FONT = "SimSun";
    private static final double BODY_SIZE = 10.5;

    private WordReports() {
    }

    /** The report's title (centred, large) and a centred line under it. */
    public static void title(XWPFDocument doc, String title, String subtitle) {
        XWPFParagraph first = doc.createParagraph();
        first.setAlignment(ParagraphAlignment.CENTER);
        text(first, title, 18, true);
        XWPFParagraph second = doc.createParagraph();
        second.setAlignment(ParagraphAlignment.CENTER);
        text(second, subtitle, 11, false);
    }

    public static void heading(XWPFDocument doc, String text) {
        text(doc.createParagraph(), text, 14, true);
    }

    public static void subheading(XWPFDocument doc, String text) {
        text(doc.createParagraph(), text, 12, true);
    }

    /** A paragraph of body text; nothing for blank text. */
    public static void paragraph(XWPFDocument doc, String text) {
        if (text != null && !text.isBlank()) {
            text(doc.createParagraph(), text, BODY_SIZE, false);
        }
    }

    /** A table whose first row is {@code rows.get(0)}. */
    public static void table(XWPFDocument doc, List<String[]> rows) {
        XWPFTable table = doc.createTable();
        fill(table.getRow(0), rows.get(0));
        for (String[] row : rows.subList(1, rows.size())) {
            fill(table.createRow(), row);
        }
    }

    /** A label and its value, a row of a two-column table. */
    public static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    /** Writes the cells into a table row, adding cells where the row has fewer. */
    public static void fill(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            var cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            text(cell.getParagraphs().get(0), cells[i], BODY_SIZE, false);
        }
    }

    public static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    public static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void text(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
    }
}
