package cn.fazhi.plan.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Documents built in the tests (never seed text): .docx, .xlsx, PDFs, bombs and noise. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A .docx with one paragraph per line. */
    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A .docx with a title paragraph and a task-division table: header 序号/工作任务/牵头单位/责任单位/完成时限, an area row
     * merged across the five columns (gridSpan), task 1 whose 序号, 工作任务, 牵头单位 and 完成时限 cells are merged over
     * two rows (vMerge) with a different 责任单位 on each row, then task 2.
     */
    public static byte[] docxWithTaskTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("示范县2025年法治政府建设重点任务分工表");
            XWPFTable table = doc.createTable(5, 5);
            String[] header = {"序号", "工作任务", "牵头单位", "责任单位", "完成时限"};
            for (int c = 0; c < 5; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
            }
            XWPFTableRow area = table.getRow(1);
            area.getCell(0).setText("一、推进政府治理规范化");
            for (int c = 4; c >= 1; c--) {
                area.removeCell(c);
            }
            tcPr(area.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(5));
            String[] first = {"1", "建立行政执法案卷评查制度", "县司法局", "县公安局", "2025年9月底前"};
            for (int c = 0; c < 5; c++) {
                XWPFTableCell cell = table.getRow(2).getCell(c);
                cell.setText(first[c]);
                if (c != 3) {
                    tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
                    tcPr(table.getRow(3).getCell(c)).addNewVMerge().setVal(STMerge.CONTINUE);
                }
            }
            table.getRow(3).getCell(3).setText("县市场监管局");
            String[] second = {"2", "清理县(乡)两级证明事项", "县政府办公室", "", "持续推进"};
            for (int c = 0; c < 5; c++) {
                table.getRow(4).getCell(c).setText(second[c]);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A .docx whose numbering is Word's automatic list numbering (not typed): levels "%1、" (chineseCounting),
     * "(%2)" (chineseCounting), "%3." and "(%4)" (decimal). Each line is "level|text".
     */
    public static byte[] docxWithAutoNumbering(String... lines) throws IOException {
        return docxWithAutoNumbering(false, lines);
    }

    /** As {@link #docxWithAutoNumbering(String...)}; {@code continuousTasks}: level 4 never restarts (lvlRestart 0). */
    public static byte[] docxWithAutoNumbering(boolean continuousTasks, String... lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            String[][] levels = {{"chineseCounting", "%1、"}, {"chineseCounting", "(%2)"}, {"decimal", "%3."}, {"decimal", "(%4)"}};
            for (int l = 0; l < levels.length; l++) {
                var lvl = abstractNum.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(l));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.Enum.forString(levels[l][0]));
                lvl.addNewLvlText().setVal(levels[l][1]);
                if (continuousTasks && l == 3) {
                    lvl.addNewLvlRestart().setVal(BigInteger.ZERO);
                }
            }
            var numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum, numbering));
            BigInteger numId = numbering.addNum(abstractId);
            for (String line : lines) {
                String[] parts = line.split("\\|", 2);
                var p = doc.createParagraph();
                if (!parts[0].isEmpty()) {
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.valueOf(Integer.parseInt(parts[0])));
                }
                p.createRun().setText(parts[1]);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A .docx with one paragraph per line of {@code text}, then a table (first row the header) after them. */
    public static byte[] docxWithParagraphsAndTable(String text, String[]... rows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /**
     * An .xlsx task-division table with merged cells: a title row merged across, the header, an area row merged
     * across, a 领域 column merged down over three tasks, and task 2's 工作任务 merged over two rows naming two 责任单位.
     */
    public static byte[] xlsxWithMergedCells() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("说明");
            Sheet sheet = wb.createSheet("任务分工");
            String[][] rows = {
                    {"示范市法治政府建设任务分工表", "", "", "", "", ""},
                    {"序号", "领域", "工作任务", "牵头单位", "责任单位", "完成时限"},
                    {"一、依法全面履行政府职能", "", "", "", "", ""},
                    {"1", "政务服务", "推行政务服务“一网通办”", "市行政审批局", "市大数据局", "2025年底"},
                    {"2", "", "规范县(市、区)中介服务", "市发改委", "市财政局", "2026年6月30日前"},
                    {"2", "", "", "", "市市场监管局", ""},
                    {"3", "", "完善权责清单动态调整机制", "市编办、市司法局", "", "每年"},
                    {"二、健全依法决策机制", "", "", "", "", ""},
                    {"4", "重大决策", "落实重大行政决策合法性审查", "市司法局", "", "长期坚持"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        if (c == 0 && rows[r][c].matches("\\d+")) {
                            row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
                        } else {
                            row.createCell(c).setCellValue(rows[r][c]);
                        }
                    }
                }
            }
            // task 4's deadline is a date cell shown as "m/d/yy"
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat((short) 14);
            var date = sheet.createRow(9);
            date.createCell(0).setCellValue(5);
            date.createCell(1).setCellValue("重大决策");
            date.createCell(2).setCellValue("(5)公开重大决策事项目录");
            date.createCell(3).setCellValue("市政府办公室");
            var due = date.createCell(5);
            due.setCellValue(java.time.LocalDate.of(2025, 12, 31));
            due.setCellStyle(dateStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 5));
            sheet.addMergedRegion(new CellRangeAddress(3, 6, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 2, 2));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 5, 5));
            sheet.addMergedRegion(new CellRangeAddress(7, 7, 0, 5));
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A PDF page with a filled rectangle and no text: what a scan looks like to a text extractor. */
    public static byte[] scannedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A TrueType CJK font installed by scripts/test.sh (fonts-lxgw-wenkai), or null. */
    public static java.nio.file.Path cjkFont() {
        java.nio.file.Path p = java.nio.file.Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");
        return java.nio.file.Files.isRegularFile(p) ? p : null;
    }

    /**
     * A PDF of Chinese text laid out like an official document: each paragraph wrapped at {@code charsPerLine}
     * characters, {@code linesPerPage} lines a page, and a page number "— n —" at the foot of each page.
     */
    public static byte[] chinesePdf(String text, int charsPerLine, int linesPerPage) throws IOException {
        java.nio.file.Path fontFile = cjkFont();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(pdf, fontFile.toFile());
            List<String> lines = new java.util.ArrayList<>();
            for (String paragraph : text.split("\n")) {
                for (int i = 0; i < paragraph.length(); i += charsPerLine) {
                    lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + charsPerLine)));
                }
            }
            int page = 0;
            for (int start = 0; start < lines.size(); start += linesPerPage) {
                PDPage p = new PDPage();
                pdf.addPage(p);
                page++;
                try (PDPageContentStream content = new PDPageContentStream(pdf, p)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.setLeading(28);
                    content.newLineAtOffset(60, 740);
                    for (int k = start; k < Math.min(lines.size(), start + linesPerPage); k++) {
                        content.showText(lines.get(k));
                        content.newLine();
                    }
                    content.endText();
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(280, 40);
                    content.showText("— " + page + " —");
                    content.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF with a line of (Latin) text; with a user password when {@code password} is not null. */
    public static byte[] textPdf(String latinText, String password) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(latinText);
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static final String DOCX_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /**
     * A .docx that is a zip bomb: its document part is {@code megabytes} MB of one repeated character inside a valid
     * paragraph, which deflates more than 1000 to 1.
     */
    public static byte[] zipBombDocx(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", DOCX_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A .docx whose package is well formed but whose document part is not XML. */
    public static byte[] corruptDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", DOCX_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", "<w:document 这不是 XML".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Random bytes. */
    public static byte[] noiseBytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Random text of about {@code utf8Bytes} bytes: CJK, Latin, digits, brackets, punctuation and line breaks. */
    public static String noiseText(int utf8Bytes, long seed) {
        Random random = new Random(seed);
        String punctuation = "()()、,,。.;:: 一二三四五六七八九十0123456789";
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        while (bytes < utf8Bytes) {
            int kind = random.nextInt(10);
            char c;
            if (kind < 5) {
                c = (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
                bytes += 3;
            } else if (kind < 7) {
                c = (char) (0x21 + random.nextInt(0x5E));
                bytes += 1;
            } else if (kind < 9) {
                c = punctuation.charAt(random.nextInt(punctuation.length()));
                bytes += c < 0x80 ? 1 : 3;
            } else {
                c = random.nextInt(4) == 0 ? '\n' : ' ';
                bytes += 1;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Rows of a grid. */
    public static List<List<String>> grid(String[]... rows) {
        return java.util.Arrays.stream(rows).map(List::of).toList();
    }
}
