package com.weibao.platform.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
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
    /** A4 in twentieths of a point: 210 × 297 mm. */
    public static final int A4_WIDTH_TWIPS = 11906;
    public static final int A4_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 1418;

    private WordReports() {
    }

    /** The report's title (centred, large) and a centred line under it; the page is set to A4. */
    public static void title(XWPFDocument doc, String title, String subtitle) {
        a4(doc);
        XWPFParagraph first = doc.createParagraph();
        first.setAlignment(ParagraphAlignment.CENTER);
        text(first, title, 18, true);
        XWPFParagraph second = doc.createParagraph();
        second.setAlignment(ParagraphAlignment.CENTER);
        text(second, subtitle, 11, false);
    }

    /** A heading, kept on the page of what follows it (never stranded at a page foot). */
    public static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        keepWithNext(p);
        text(p, text, 14, true);
    }

    public static void subheading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        keepWithNext(p);
        text(p, text, 12, true);
    }

    /** The paragraph stays on one page with the next one. */
    public static void keepWithNext(XWPFParagraph p) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!pPr.isSetKeepNext()) {
            pPr.addNewKeepNext();
        }
    }

    /** A4 portrait with 2.5 cm margins (Word's default page is US Letter). */
    public static void a4(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        var sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        var margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    /** A paragraph of body text; nothing for blank text. */
    public static void paragraph(XWPFDocument doc, String text) {
        if (text != null && !text.isBlank()) {
            text(doc.createParagraph(), text, BODY_SIZE, false);
        }
    }

    /** A table whose first row is {@code rows.get(0)}. */
    public static XWPFTable table(XWPFDocument doc, List<String[]> rows) {
        XWPFTable table = doc.createTable();
        fill(table.getRow(0), rows.get(0));
        for (String[] row : rows.subList(1, rows.size())) {
            fill(table.createRow(), row);
        }
        return table;
    }

    /** The table is not split across pages (a signature block): no row breaks, each row kept with the next. */
    public static XWPFTable keepTogether(XWPFTable table) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            rows.get(r).setCantSplitRow(true);
            if (r < rows.size() - 1) {
                rows.get(r).getTableCells().forEach(cell -> cell.getParagraphs().forEach(WordReports::keepWithNext));
            }
        }
        return table;
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
