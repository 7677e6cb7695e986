package cn.fazhi.platform.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading and writing the simple one-sheet workbooks of the imports (first sheet, header in row 1). */
final class Sheets {

    /** Largest accepted import (rows): organisation and user lists of one city fit easily. */
    static final int MAX_ROWS = 20_000;

    private Sheets() {
    }

    /** A data row: its Excel row number and its cells by header. */
    record SheetRow(int number, Map<String, Cell> cells) {
        Cell cell(String header) {
            return cells.get(header);
        }
    }

    record Parsed(List<SheetRow> rows, List<ImportRejected.RowError> errors) {
    }

    static Parsed read(InputStream in, List<String> headers, List<String> required) {
        List<ImportRejected.RowError> errors = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            if (wb.getNumberOfSheets() == 0) {
                errors.add(new ImportRejected.RowError(1, null, "文件中没有工作表"));
                return new Parsed(rows, errors);
            }
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            if (head != null) {
                for (Cell c : head) {
                    String h = text(c);
                    if (h != null) {
                        columns.putIfAbsent(h.replace("*", "").replace("＊", "").strip(), c.getColumnIndex());
                    }
                }
            }
            for (String r : required) {
                if (!columns.containsKey(r)) {
                    errors.add(new ImportRejected.RowError(1, r, "缺少表头“" + r + "”,请使用下载的导入模板"));
                }
            }
            if (!errors.isEmpty()) {
                return new Parsed(rows, errors);
            }
            int headRow = head == null ? 0 : head.getRowNum();
            for (int i = headRow + 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                Map<String, Cell> cells = new HashMap<>();
                boolean any = false;
                for (String h : headers) {
                    Integer col = columns.get(h);
                    Cell c = col == null ? null : row.getCell(col);
                    cells.put(h, c);
                    if (c != null && c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING
                            && c.getStringCellValue().isBlank())) {
                        any = true;
                    }
                }
                if (any) {
                    rows.add(new SheetRow(i + 1, cells));
                }
                if (rows.size() > MAX_ROWS) {
                    errors.add(new ImportRejected.RowError(i + 1, null, "行数超过上限" + MAX_ROWS + ",请分批导入"));
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new ImportRejected.RowError(1, null, "文件无法读取,请上传 Excel(.xlsx)文件"));
        }
        return new Parsed(rows, errors);
    }

    private static final DataFormatter FORMATTER = new DataFormatter();

    /** A cell as trimmed text (whole numbers without ".0"); null when blank. */
    static String text(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String s;
        switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(c)) {
                    s = FORMATTER.formatCellValue(c);
                } else {
                    s = BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                }
            }
            case STRING -> s = c.getStringCellValue();
            case BOOLEAN -> s = String.valueOf(c.getBooleanCellValue());
            default -> s = null;
        }
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A template workbook: one sheet with the headers (required ones marked *), and a sheet of notes. */
    static byte[] template(String sheetName, List<String> headers, List<String> required, List<String> example,
            List<String> notes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle textStyle = wb.createCellStyle();
            textStyle.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row head = sheet.createRow(0);
            Row ex = example.isEmpty() ? null : sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(headers.get(i) + (required.contains(headers.get(i)) ? "*" : ""));
                c.setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
                sheet.setDefaultColumnStyle(i, textStyle);
                if (ex != null && i < example.size() && example.get(i) != null) {
                    Cell e = ex.createCell(i);
                    e.setCellStyle(textStyle);
                    e.setCellValue(example.get(i));
                }
            }
            Sheet help = wb.createSheet("填写说明");
            for (int i = 0; i < notes.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(notes.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
