package cn.fazhi.platform.documents;

import cn.fazhi.platform.documents.DocumentContent.Kind;
import cn.fazhi.platform.kernel.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.stereotype.Service;

/**
 * Reads an uploaded document into text and tables: .txt (UTF-8 with or without BOM, UTF-16 with BOM, GB18030 —
 * detected), .docx (paragraphs and tables in body order, automatic numbering written out, merged cells filled),
 * .xlsx (the first sheet with content, merged regions filled) and .pdf (the text layer). The bytes decide what the
 * file is (Apache Tika's magic detection, without the name); the name only words the messages.
 *
 * <p>Every refusal is a {@link BusinessException} with a Chinese message and a stable code: EMPTY_FILE,
 * FILE_TOO_LARGE, UNSUPPORTED_TYPE, UNKNOWN_ENCODING, CORRUPT_DOCUMENT, ZIP_BOMB, PDF_ENCRYPTED, NO_TEXT_LAYER,
 * DOCUMENT_TOO_LARGE. Nothing that goes wrong while reading escapes as another exception.
 */
@Service
public class DocumentReader {

    /** Rows and columns read from one table or sheet. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 100;

    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final int MAX_CONTENT_TYPES_BYTES = 512 * 1024;

    private final DocumentsProperties properties;
    private final Detector detector;
    private final MediaTypeRegistry registry;

    public DocumentReader(DocumentsProperties properties) {
        this.properties = properties;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
        // Zip-bomb guards of POI (process-wide): an entry may not expand beyond the limit, nor by more than 100×.
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), properties.maxExpandedSize().toBytes()));
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01d));
    }

    /** Reads the document; refuses with a Chinese message what it cannot read. */
    public DocumentContent read(byte[] content, String filename) {
        if (content == null || content.length == 0) {
            throw new BusinessException("EMPTY_FILE", "上传的文件是空的(0 字节),请选择正确的文件", 400);
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw new BusinessException("FILE_TOO_LARGE", "文件超过 " + properties.maxSizeLabel() + ",无法读取;"
                    + "请删去附件、图片等无关内容后重新上传,或直接粘贴文本", 413);
        }
        String name = filename == null ? "" : filename;
        try {
            Kind kind = kindOf(content, extension(name));
            return switch (kind) {
                case TEXT -> new DocumentContent(Kind.TEXT, decode(content), List.of());
                case DOCX -> docx(content);
                case XLSX -> xlsx(content);
                case PDF -> pdf(content);
            };
        } catch (BusinessException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            if (isZipBomb(e)) {
                throw new BusinessException("ZIP_BOMB", "文件解压后的体积异常(疑似“压缩炸弹”),已拒绝读取;请上传正常保存的文档", 400);
            }
            throw new BusinessException("CORRUPT_DOCUMENT", "文件已损坏或格式不正确,无法读取" + (name.isBlank() ? "" : "(" + name + ")")
                    + ";请用 Office/WPS 打开并重新保存后上传,或直接粘贴文本", 400);
        }
    }

    /**
     * Decodes text bytes: BOM first, then UTF-16 without BOM (zeros in every other byte), strict UTF-8, strict GB18030;
     * refuses other encodings.
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        // UTF-16 without a BOM (Windows "Unicode" text): zeros in every other byte
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (bytes.length >= 4 && Math.max(evenZeros, oddZeros) * 4 >= bytes.length && Math.min(evenZeros, oddZeros) * 20 < bytes.length) {
            String utf16 = strict(bytes, oddZeros > evenZeros ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            if (utf16 != null) {
                return utf16;
            }
        }
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, Charset.forName("GB18030"));
        }
        if (text == null) {
            throw new BusinessException("UNKNOWN_ENCODING", "无法识别文本文件的编码(支持 UTF-8 和 GB18030/GBK),"
                    + "请用记事本另存为 UTF-8 后重新上传,或直接粘贴文本", 400);
        }
        return text;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private Kind kindOf(byte[] content, String extension) throws IOException {
        MediaType sniffed;
        try (InputStream in = new ByteArrayInputStream(content)) {
            sniffed = detector.detect(in, new Metadata()).getBaseType();
        }
        if (sniffed.equals(PDF)) {
            return Kind.PDF;
        }
        if (isA(sniffed, ZIP) || isA(sniffed, OOXML)) {
            String types = contentTypes(content);
            if (types == null) {
                throw new BusinessException("CORRUPT_DOCUMENT", "文件已损坏或不是有效的 Office 文档(压缩结构无法读取),"
                        + "请用 Office/WPS 打开并重新保存后上传", 400);
            }
            if (types.contains("wordprocessingml.document.main+xml") || types.contains("wordprocessingml.template.main+xml")) {
                return Kind.DOCX;
            }
            if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("spreadsheetml.template.main+xml")) {
                return Kind.XLSX;
            }
            throw unsupported(types.isEmpty() ? "压缩包" : "其他 Office 文档", extension);
        }
        if (isA(sniffed, OLE2)) {
            throw new BusinessException("UNSUPPORTED_TYPE", "这是旧版 Office 文件(.doc/.xls),暂不支持读取;"
                    + "请用 Office/WPS 另存为 .docx 或 .xlsx 后上传", 415);
        }
        if (isA(sniffed, MediaType.TEXT_PLAIN) || (sniffed.equals(MediaType.OCTET_STREAM)
                && (extension.equals("txt") || extension.isEmpty()) && looksLikeText(content))) {
            return Kind.TEXT;
        }
        String label = sniffed.getType().equals("image") ? "图片" : sniffed.equals(MediaType.OCTET_STREAM) ? "无法识别的二进制数据"
                : sniffed.toString();
        throw unsupported(label, extension);
    }

    private static boolean looksLikeText(byte[] content) {
        try {
            decode(content);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    private static BusinessException unsupported(String found, String extension) {
        return new BusinessException("UNSUPPORTED_TYPE", "不支持的文件类型" + (extension.isEmpty() ? "" : "(." + extension + ")")
                + ":检测到的内容为" + found + "。请上传 .docx、.xlsx、.pdf 或 .txt 文件,或直接粘贴文本", 415);
    }

    private boolean isA(MediaType type, MediaType expected) {
        return type.equals(expected) || registry.isSpecializationOf(type, expected);
    }

    /** [Content_Types].xml of an OPC package, bounded; "" when absent, null when the zip cannot be read. */
    private static String contentTypes(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("[Content_Types].xml")) {
                    return new String(zip.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
                }
            }
            return "";
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT).trim();
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max size of the expanded data")
                    || m.contains("exceeds the max") || m.contains("exceeds maximum"))) {
                return true;
            }
        }
        return false;
    }

    // ---- .docx

    private DocumentContent docx(byte[] content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            List<List<List<String>>> tables = new ArrayList<>();
            Numbering numbering = new Numbering(doc);
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(numbering.label(p)).append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    List<List<String>> grid = grid(t, numbering);
                    tables.add(grid);
                    for (List<String> row : grid) {
                        text.append(String.join("\t", row)).append('\n');
                    }
                } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFSDT sdt && sdt.getContent() != null) {
                    // a content control around part of the body: its text, one paragraph a line
                    String controlText = sdt.getContent().getText();
                    if (controlText != null && !controlText.isBlank()) {
                        text.append(controlText.strip()).append('\n');
                    }
                }
                checkLength(text);
            }
            return new DocumentContent(Kind.DOCX, text.toString(), tables);
        }
    }

    /**
     * Word's automatic numbering ("(一)", "1.", "(1)" produced by the list style): written out before the text. Counters
     * run per list (numId), start at the level's {@code w:start}, and a deeper level restarts when a shallower one is
     * used unless its {@code w:lvlRestart} says otherwise (0: never — "(1)…(140)" running on across "1." headings).
     */
    private static final class Numbering {
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private final org.apache.poi.xwpf.usermodel.XWPFNumbering numbering;

        Numbering(XWPFDocument doc) {
            this.numbering = doc == null ? null : doc.getNumbering();
        }

        String label(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            String pattern = p.getNumLevelText();
            if (numId == null || pattern == null) {
                return "";
            }
            int level = p.getNumIlvl() == null ? 0 : Math.max(0, Math.min(8, p.getNumIlvl().intValue()));
            int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
            c[level] = c[level] == 0 ? start(numId, level) : c[level] + 1;
            for (int l = level + 1; l < 9; l++) {
                int restart = restart(numId, l);
                if (restart != 0 && level < restart) {
                    c[l] = 0;
                }
            }
            String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int l = pattern.charAt(++i) - '1';
                    int value = l >= 0 && l < 9 ? Math.max(1, c[l]) : 1;
                    out.append(l == level ? format(value, format) : Integer.toString(value));
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }

        private org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl lvl(BigInteger numId, int level) {
            try {
                BigInteger abstractId = numbering == null ? null : numbering.getAbstractNumID(numId);
                var abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
                if (abstractNum == null || abstractNum.getCTAbstractNum() == null) {
                    return null;
                }
                for (var lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                    if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                        return lvl;
                    }
                }
            } catch (RuntimeException e) {
                // a numbering part that does not say: Word's defaults
            }
            return null;
        }

        private int start(BigInteger numId, int level) {
            var lvl = lvl(numId, level);
            if (lvl != null && lvl.getStart() != null && lvl.getStart().getVal() != null) {
                return Math.max(0, ((BigInteger) lvl.getStart().getVal()).intValue());
            }
            return 1;
        }

        /** The 1-based level after whose use this level restarts; 0 never; absent: any shallower level. */
        private int restart(BigInteger numId, int level) {
            var lvl = lvl(numId, level);
            if (lvl != null && lvl.getLvlRestart() != null && lvl.getLvlRestart().getVal() != null) {
                return ((BigInteger) lvl.getLvlRestart().getVal()).intValue();
            }
            return level;
        }

        private static String format(int n, String format) {
            String f = format.toLowerCase(Locale.ROOT);
            if (f.startsWith("chinese") || f.startsWith("ideograph") || f.startsWith("taiwanese")) {
                return chinese(n);
            }
            if (f.equals("decimalenclosedcircle") && n >= 1 && n <= 20) {
                return String.valueOf((char) ('\u2460' + n - 1));
            }
            return Integer.toString(n);
        }

        private static String chinese(int n) {
            String digits = "零一二三四五六七八九";
            if (n <= 0 || n >= 100) {
                return Integer.toString(n);
            }
            if (n < 10) {
                return String.valueOf(digits.charAt(n));
            }
            return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
    }

    /** A Word table as a grid: gridSpan repeated across its columns, vMerge continuations take the value above. */
    private static List<List<String>> grid(XWPFTable table, Numbering numbering) {
        List<List<String>> grid = new ArrayList<>();
        List<String> previous = List.of();
        for (XWPFTableRow row : table.getRows()) {
            if (grid.size() >= MAX_ROWS) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                if (pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                    span = Math.max(1, Math.min(MAX_COLUMNS, pr.getGridSpan().getVal().intValue()));
                }
                boolean continuation = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                int column = cells.size();
                String value = continuation ? (column < previous.size() ? previous.get(column) : "") : cellText(cell, numbering);
                for (int k = 0; k < span && cells.size() < MAX_COLUMNS; k++) {
                    cells.add(value);
                }
            }
            grid.add(cells);
            previous = cells;
        }
        return grid;
    }

    private static String cellText(XWPFTableCell cell, Numbering numbering) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = numbering.label(p) + p.getText();
            if (!t.isBlank()) {
                parts.add(t.strip());
            }
        }
        return String.join(" ", parts);
    }

    // ---- .xlsx

    private DocumentContent xlsx(byte[] content) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                List<List<String>> grid = sheetGrid(sheet, formatter);
                if (grid.stream().anyMatch(r -> r.stream().anyMatch(c -> !c.isBlank()))) {
                    StringBuilder text = new StringBuilder();
                    for (List<String> row : grid) {
                        text.append(String.join("\t", row)).append('\n');
                        checkLength(text);
                    }
                    return new DocumentContent(Kind.XLSX, text.toString(), List.of(grid));
                }
            }
            return new DocumentContent(Kind.XLSX, "", List.of());
        }
    }

    private static List<List<String>> sheetGrid(Sheet sheet, DataFormatter formatter) {
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int width = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, Math.min(MAX_COLUMNS, row.getLastCellNum()));
            }
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null ? "" : cellValue(cell, formatter));
            }
            grid.add(cells);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int r0 = region.getFirstRow();
            int c0 = region.getFirstColumn();
            if (r0 >= grid.size() || c0 >= width) {
                continue;
            }
            String value = grid.get(r0).get(c0);
            for (int r = r0; r <= Math.min(region.getLastRow(), grid.size() - 1); r++) {
                for (int c = c0; c <= Math.min(region.getLastColumn(), width - 1); c++) {
                    grid.get(r).set(c, value);
                }
            }
        }
        // trailing empty rows are not part of the table
        while (!grid.isEmpty() && grid.get(grid.size() - 1).stream().allMatch(String::isBlank)) {
            grid.remove(grid.size() - 1);
        }
        return grid;
    }

    /** A cell as shown, except dates: ISO (2025-12-31), whatever the cell's display format ("12/31/25"). */
    private static String cellValue(Cell cell, DataFormatter formatter) {
        try {
            org.apache.poi.ss.usermodel.CellType type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                    ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == org.apache.poi.ss.usermodel.CellType.NUMERIC && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
        } catch (RuntimeException e) {
            // not a readable date: shown as formatted
        }
        return formatter.formatCellValue(cell).strip();
    }

    // ---- .pdf

    private DocumentContent pdf(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted();
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new BusinessException("NO_TEXT_LAYER", "该PDF没有可提取的文字(可能是扫描件),请上传文字版或粘贴文本", 422);
            }
            return new DocumentContent(Kind.PDF, text, List.of());
        } catch (InvalidPasswordException e) {
            throw encrypted();
        }
    }

    private static BusinessException encrypted() {
        return new BusinessException("PDF_ENCRYPTED", "该PDF已加密(设置了打开密码或禁止复制文字),无法读取;请上传未加密的文件或粘贴文本", 422);
    }

    private static void checkLength(StringBuilder text) {
        if (text.length() > 20_000_000) {
            throw new BusinessException("DOCUMENT_TOO_LARGE", "文档内容过多(超过 2000 万字),无法读取", 413);
        }
    }
}
