package cn.fazhi.plan.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A ledger (台账) sheet in the layout offices exchange: the title in a merged first row, a bold header row, thin
 * borders on every cell, wrapped text, the header repeated on each printed page. A small helper of the plan module
 * (platform.documents carries the general .xlsx writer).
 */
public final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    /**
     * @param widths column widths in characters
     */
    public static byte[] write(String sheetName, String title, List<String> headers, int[] widths, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            Font titleFont = wb.createFont();
            titleFont.setFontName("方正小标宋简体");
            titleFont.setFontHeightInPoints((short) 16);
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("黑体");
            CellStyle headerStyle = bordered(wb);
            headerStyle.setFont(bold);
            headerStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cellStyle = bordered(wb);
            Font body = wb.createFont();
            body.setFontName("仿宋_GB2312");
            cellStyle.setFont(body);

            Row t = sheet.createRow(0);
            t.setHeightInPoints(30);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            Row h = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                h.createCell(c).setCellValue(headers.get(c));
                h.getCell(c).setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256 * 2 / 2);
            }
            int r = 2;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < headers.size(); c++) {
                    String v = c < values.size() && values.get(c) != null ? values.get(c) : "";
                    row.createCell(c).setCellValue(v);
                    row.getCell(c).setCellStyle(cellStyle);
                }
            }
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, headers.size() - 1));
            sheet.createFreezePane(0, 2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }
}
