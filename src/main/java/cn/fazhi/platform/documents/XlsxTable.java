package cn.fazhi.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table in the layout government offices exchange as .xlsx (任务分工表, 台账): a title row merged across the table,
 * a bold header row, group rows (e.g. an area of a plan) merged across, thin borders on every cell, wrapped text,
 * column widths in Chinese characters, 仿宋_GB2312 for the body (黑体 header, 方正小标宋简体 title; Excel/WPS
 * substitute a font the machine lacks), A4 landscape with the header repeated on every printed page.
 * <pre>
 * byte[] xlsx = XlsxTable.sheet("任务分工表").title("××市法治政府建设实施方案任务分工表")
 *         .column("序号", 5).column("工作任务", 50)…
 *         .group("(一)依法全面履行政府职能").row("1", "建立…", …).toBytes();
 * </pre>
 */
public final class XlsxTable {

    /** Body font: 仿宋_GB2312 as GB/T 9704 names it. */
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADER_FONT = "黑体";
    public static final String TITLE_FONT = "方正小标宋简体";

    private final String sheetName;
    private String title;
    private String subtitle;
    private final List<String> headers = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final List<Boolean> centred = new ArrayList<>();
    private final List<Object> rows = new ArrayList<>();

    private XlsxTable(String sheetName) {
        this.sheetName = sheetName;
    }

    public static XlsxTable sheet(String name) {
        return new XlsxTable(name == null || name.isBlank() ? "Sheet1" : name);
    }

    /** The title row, merged across all columns. */
    public XlsxTable title(String text) {
        this.title = text;
        return this;
    }

    /** An optional line under the title (e.g. "制表单位:… 制表日期:…"), merged across, right-aligned. */
    public XlsxTable subtitle(String text) {
        this.subtitle = text;
        return this;
    }

    /** A column: header and width in Chinese characters; text is left-aligned and wrapped. */
    public XlsxTable column(String header, int widthChars) {
        return column(header, widthChars, false);
    }

    /** A column whose cells are centred (序号, dates, units). */
    public XlsxTable column(String header, int widthChars, boolean centre) {
        headers.add(header);
        widths.add(widthChars);
        centred.add(centre);
        return this;
    }

    /** A group row (an area of a plan), merged across all columns, bold. */
    public XlsxTable group(String text) {
        rows.add(new Group(text));
        return this;
    }

    /** A data row; missing trailing cells are left empty, null is empty. */
    public XlsxTable row(String... cells) {
        rows.add(cells.clone());
        return this;
    }

    private record Group(String text) {
    }

    public byte[] toBytes() {
        if (headers.isEmpty()) {
            throw new IllegalStateException("a table needs at least one column");
        }
        int last = headers.size() - 1;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle titleStyle = style(wb, TITLE_FONT, (short) 18, true, HorizontalAlignment.CENTER, false);
            CellStyle subtitleStyle = style(wb, BODY_FONT, (short) 11, false, HorizontalAlignment.RIGHT, false);
            CellStyle headerStyle = style(wb, HEADER_FONT, (short) 12, true, HorizontalAlignment.CENTER, true);
            CellStyle groupStyle = style(wb, HEADER_FONT, (short) 12, true, HorizontalAlignment.LEFT, true);
            CellStyle left = style(wb, BODY_FONT, (short) 12, false, HorizontalAlignment.LEFT, true);
            CellStyle centre = style(wb, BODY_FONT, (short) 12, false, HorizontalAlignment.CENTER, true);
            int r = 0;
            if (title != null) {
                Row row = sheet.createRow(r);
                row.setHeightInPoints(36);
                Cell c = row.createCell(0);
                c.setCellValue(title);
                c.setCellStyle(titleStyle);
                if (last > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                }
                r++;
            }
            if (subtitle != null) {
                Row row = sheet.createRow(r);
                Cell c = row.createCell(0);
                c.setCellValue(subtitle);
                c.setCellStyle(subtitleStyle);
                if (last > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                }
                r++;
            }
            int headerRow = r;
            Row head = sheet.createRow(r++);
            head.setHeightInPoints(24);
            for (int i = 0; i <= last; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(headerStyle);
            }
            for (Object item : rows) {
                Row row = sheet.createRow(r);
                if (item instanceof Group g) {
                    for (int i = 0; i <= last; i++) {
                        Cell c = row.createCell(i);
                        c.setCellStyle(groupStyle);
                        if (i == 0) {
                            c.setCellValue(g.text() == null ? "" : g.text());
                        }
                    }
                    if (last > 0) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                    }
                } else {
                    String[] cells = (String[]) item;
                    int lines = 1;
                    for (int i = 0; i <= last; i++) {
                        Cell c = row.createCell(i);
                        String v = i < cells.length && cells[i] != null ? cells[i] : "";
                        c.setCellValue(v);
                        c.setCellStyle(centred.get(i) ? centre : left);
                        lines = Math.max(lines, (int) Math.ceil(v.length() / (double) Math.max(1, widths.get(i) - 1)));
                    }
                    // wrapped text: Excel does not grow rows on its own when the file is generated
                    row.setHeightInPoints(Math.min(409, 6 + 17 * lines));
                }
                r++;
            }
            for (int i = 0; i <= last; i++) {
                // a Chinese character is about two "0" widths; units of 1/256 of a character
                sheet.setColumnWidth(i, Math.min(255, widths.get(i) * 2 + 1) * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook wb, String fontName, short points, boolean bold,
            HorizontalAlignment align, boolean border) {
        Font f = wb.createFont();
        f.setFontName(fontName);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
