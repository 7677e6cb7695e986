package cn.fazhi.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * An official document (公文) as .docx in the layout of GB/T 9704-2012 党政机关公文格式: A4; top margin 37 mm, left
 * 28 mm, text block 156 × 225 mm (so bottom 35 mm, right 26 mm); body 3号 (16 pt) 仿宋_GB2312 with a fixed line
 * pitch giving 22 lines a page; title 2号 (22 pt) 方正小标宋简体 centred; "一、" headings 黑体 and "(一)" headings
 * 楷体_GB2312, both 3号; 文号 with 〔〕 centred under the 版头; signature (发文机关署名) and date (成文日期, Arabic numerals,
 * unpadded) right-aligned with four characters of space; page numbers "— 1 —" 4号 (14 pt) 宋体, odd pages right and
 * even pages left with one character of space. The file names the fonts; Word/WPS substitute what is not installed.
 * <pre>
 * byte[] docx = OfficialDocument.builder().number("督办〔2026〕1号").title("关于…的督办通知").addressee("市财政局:")
 *         .paragraph("…").heading("一、督办事项").paragraph("…").signature("示范市司法局").date(LocalDate.now()).toBytes();
 * </pre>
 */
public final class OfficialDocument {

    /** Twips (1/20 pt) per millimetre. */
    static final double TWIPS_PER_MM = 1440 / 25.4;
    public static final int PAGE_WIDTH = 11906;   // A4 210 mm
    public static final int PAGE_HEIGHT = 16838;  // A4 297 mm
    public static final int MARGIN_TOP = mm(37);
    public static final int MARGIN_LEFT = mm(28);
    public static final int MARGIN_RIGHT = mm(210 - 28 - 156);
    public static final int MARGIN_BOTTOM = mm(297 - 37 - 225);
    /** 225 mm / 22 lines, in twips (exact line pitch). */
    public static final int LINE_PITCH = (int) Math.round(225 * TWIPS_PER_MM / 22);

    public static final String FONT_BODY = "仿宋_GB2312";
    public static final String FONT_TITLE = "方正小标宋简体";
    public static final String FONT_HEADING1 = "黑体";
    public static final String FONT_HEADING2 = "楷体_GB2312";
    public static final String FONT_PAGE_NUMBER = "宋体";
    public static final int SIZE_BODY = 16;      // 3号
    public static final int SIZE_TITLE = 22;     // 2号
    public static final int SIZE_PAGE_NUMBER = 14; // 4号

    private String issuerMark;
    private String number;
    private String title;
    private String addressee;
    private final List<Block> blocks = new ArrayList<>();
    private String signature;
    private LocalDate date;
    private String dateText;

    private OfficialDocument() {
    }

    public static OfficialDocument builder() {
        return new OfficialDocument();
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    private record Block(String kind, String text) {
    }

    /** 发文机关标志 (e.g. "示范市司法局文件"), red in print; optional. */
    public OfficialDocument issuerMark(String mark) {
        this.issuerMark = mark;
        return this;
    }

    /** 发文字号, e.g. "督办〔2026〕3号" (brackets 〔〕). */
    public OfficialDocument number(String number) {
        this.number = number;
        return this;
    }

    public OfficialDocument title(String title) {
        this.title = title;
        return this;
    }

    /** 主送机关, e.g. "市财政局:". */
    public OfficialDocument addressee(String addressee) {
        this.addressee = addressee;
        return this;
    }

    /** A body paragraph, first line indented two characters. */
    public OfficialDocument paragraph(String text) {
        blocks.add(new Block("p", text));
        return this;
    }

    /** A first-level heading ("一、…", 黑体). */
    public OfficialDocument heading(String text) {
        blocks.add(new Block("h1", text));
        return this;
    }

    /** A second-level heading ("(一)…", 楷体_GB2312). */
    public OfficialDocument subheading(String text) {
        blocks.add(new Block("h2", text));
        return this;
    }

    /** 发文机关署名. */
    public OfficialDocument signature(String signature) {
        this.signature = signature;
        return this;
    }

    /** 成文日期. */
    public OfficialDocument date(LocalDate date) {
        this.date = date;
        return this;
    }

    /**
     * 成文日期 already written out ("2026年3月25日"), for a document whose date was fixed earlier (a frozen report);
     * {@link #date(LocalDate)} wins when both are set.
     */
    public OfficialDocument dateText(String text) {
        this.dateText = text == null || text.isBlank() ? null : text.strip();
        return this;
    }

    /** 成文日期 in Arabic numerals, unpadded: 2026年12月1日 (GB/T 9704-2012 7.3.5.1). */
    public static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public byte[] toBytes() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            if (issuerMark != null) {
                XWPFParagraph p = para(doc, ParagraphAlignment.CENTER);
                run(p, issuerMark, FONT_TITLE, 26, false).setColor("C00000");
            }
            if (number != null) {
                XWPFParagraph p = para(doc, ParagraphAlignment.CENTER);
                run(p, number, FONT_BODY, SIZE_BODY, false);
                para(doc, ParagraphAlignment.LEFT);
            }
            if (title != null) {
                XWPFParagraph p = para(doc, ParagraphAlignment.CENTER);
                p.setSpacingLineRule(LineSpacingRule.AUTO);
                run(p, title, FONT_TITLE, SIZE_TITLE, false);
                para(doc, ParagraphAlignment.LEFT);
            }
            if (addressee != null) {
                run(para(doc, ParagraphAlignment.LEFT), addressee, FONT_BODY, SIZE_BODY, false);
            }
            for (Block b : blocks) {
                XWPFParagraph p = para(doc, ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(SIZE_BODY * 20 * 2); // 首行缩进二字
                switch (b.kind()) {
                    case "h1" -> run(p, b.text(), FONT_HEADING1, SIZE_BODY, false);
                    case "h2" -> run(p, b.text(), FONT_HEADING2, SIZE_BODY, false);
                    default -> run(p, b.text(), FONT_BODY, SIZE_BODY, false);
                }
            }
            String dateText = date == null ? this.dateText : chineseDate(date);
            if (signature != null || dateText != null) {
                para(doc, ParagraphAlignment.LEFT);
                para(doc, ParagraphAlignment.LEFT);
            }
            // 署名居中于成文日期之上; 成文日期右空四字 (GB/T 9704-2012 7.3.5.1)
            int fourChars = SIZE_BODY * 20 * 4;
            if (signature != null) {
                XWPFParagraph p = para(doc, ParagraphAlignment.RIGHT);
                int dateWidth = dateText == null ? 0 : dateText.length() * SIZE_BODY * 20;
                int sigWidth = signature.length() * SIZE_BODY * 20;
                p.setIndentationRight(Math.max(fourChars, fourChars + (dateWidth - sigWidth) / 2));
                run(p, signature, FONT_BODY, SIZE_BODY, false);
            }
            if (dateText != null) {
                XWPFParagraph p = para(doc, ParagraphAlignment.RIGHT);
                p.setIndentationRight(fourChars);
                run(p, dateText, FONT_BODY, SIZE_BODY, false);
            }
            pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        // footer distance: page number 7 mm below the text block
        mar.setFooter(BigInteger.valueOf(Math.max(0, MARGIN_BOTTOM - mm(7) - mm(5))));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        // odd and even pages carry different footers
        doc.getSettings().setEvenAndOddHeadings(true);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        font(r, font);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void font(XWPFRun r, String font) {
        r.setFontFamily(font);
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
    }

    /** "— 1 —" in 4号 宋体; odd pages right, even pages left, one character of space from the edge. */
    private static void pageNumbers(XWPFDocument doc) {
        int oneChar = SIZE_PAGE_NUMBER * 20;
        XWPFFooter odd = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph po = odd.createParagraph();
        po.setAlignment(ParagraphAlignment.RIGHT);
        po.setIndentationRight(oneChar);
        pageField(po);
        XWPFFooter even = doc.createFooter(HeaderFooterType.EVEN);
        XWPFParagraph pe = even.createParagraph();
        pe.setAlignment(ParagraphAlignment.LEFT);
        pe.setIndentationLeft(oneChar);
        pageField(pe);
    }

    private static void pageField(XWPFParagraph p) {
        run(p, "— ", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER, false);
        XWPFRun begin = run(p, "", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, "", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun sep = run(p, "", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER, false);
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER, false);
        XWPFRun end = run(p, "", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", FONT_PAGE_NUMBER, SIZE_PAGE_NUMBER, false);
    }
}
