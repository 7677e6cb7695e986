package cn.fazhi.reporting.annual;

import cn.fazhi.platform.documents.OfficialDocument;
import cn.fazhi.platform.kernel.BusinessException;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The report as files (issue 5 §4): .docx in the GB/T 9704-2012 layout (through {@link OfficialDocument}), and a PDF
 * rendered by openhtmltopdf from HTML with an embedded TrueType CJK font (LXGW WenKai by default), so that the PDF
 * reads correctly and copy-paste gives the right characters. Without the font file the PDF is refused in Chinese
 * (never printed as boxes).
 * <p>The font file (≈ 25 MB for LXGW WenKai) is read once, on the first PDF, and kept as bytes; each render gets its
 * own stream over them through an {@link FSSupplier}, so concurrent renders share no mutable state. (PDFBox still
 * parses and subsets the font per document: a parsed {@code TrueTypeFont} reads from a positioned stream and cannot be
 * shared between threads.) A font file replaced later is read on the next start.
 */
@Component
public class ReportOutput {

    /** 225 mm / 22 lines (GB/T 9704: 22 lines a page). */
    private static final String LINE_HEIGHT = "10.227mm";

    private final File font;
    /** The font file's bytes once read; never changed afterwards (safe publication through the volatile write). */
    private volatile byte[] fontBytes;

    ReportOutput(@Value("${fazhi.reporting.pdf-font:/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf}") String font) {
        this.font = new File(font);
    }

    public byte[] docx(Rendered.Report r) {
        OfficialDocument doc = OfficialDocument.builder().title(r.title());
        if (r.correctionNote() != null) {
            doc.paragraph("(第" + r.versionNo() + "版,更正说明:" + r.correctionNote() + ")");
        }
        for (Rendered.Block b : r.blocks()) {
            switch (b.kind()) {
                case "h1" -> doc.heading(b.text());
                case "h2" -> doc.subheading(b.text());
                default -> doc.paragraph(b.text());
            }
        }
        return doc.signature(r.signature()).dateText(r.dateText()).toBytes();
    }

    /** The same text as plain UTF-8 (the bench's baseline). */
    public byte[] txt(Rendered.Report r) {
        StringBuilder sb = new StringBuilder(r.title()).append("\n\n");
        for (Rendered.Block b : r.blocks()) {
            sb.append(b.kind().equals("p") ? "    " : "").append(b.text()).append('\n');
        }
        sb.append('\n').append(r.signature()).append('\n').append(r.dateText()).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] pdf(Rendered.Report r) {
        byte[] fontData = fontBytes();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(fontData), "CJK");
            builder.withHtmlContent(html(r), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new BusinessException("PDF_FAILED", "生成PDF失败:" + e.getMessage(), 500);
        }
    }

    /**
     * The font's bytes, read from the file on first use. A missing file is refused in Chinese and not remembered, so
     * that a font the administrator installs afterwards is used without a restart.
     */
    byte[] fontBytes() {
        byte[] b = fontBytes;
        if (b != null) {
            return b;
        }
        synchronized (this) {
            if (fontBytes == null) {
                if (!font.isFile() || !font.canRead()) {
                    throw fontMissing();
                }
                try {
                    fontBytes = Files.readAllBytes(font.toPath());
                } catch (IOException e) {
                    throw fontMissing();
                }
            }
            return fontBytes;
        }
    }

    private BusinessException fontMissing() {
        return new BusinessException("PDF_FONT_MISSING", "服务器未找到用于PDF的中文字体文件(" + font.getPath()
                + "),无法生成PDF;请管理员安装 fonts-lxgw-wenkai 或配置 fazhi.reporting.pdf-font 后重试", 503);
    }

    /** XHTML for the PDF: A4, GB/T 9704 margins, 3号 body, 2号 title, page numbers "— 1 —" outside. */
    public String html(Rendered.Report r) {
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="UTF-8"/><style>
                @page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm;
                  @bottom-right { content: "— " counter(page) " —"; font-family: 'CJK'; font-size: 14pt; padding-right: 14pt; vertical-align: top; padding-top: 7mm; } }
                @page :left { @bottom-right { content: none; }
                  @bottom-left { content: "— " counter(page) " —"; font-family: 'CJK'; font-size: 14pt; padding-left: 14pt; vertical-align: top; padding-top: 7mm; } }
                body { font-family: 'CJK'; font-size: 16pt; line-height: %s; margin: 0; }
                h1 { font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 %s 0; line-height: 1.5; }
                p { margin: 0; text-indent: 2em; text-align: justify; }
                p.h1, p.h2 { font-weight: normal; }
                p.signature, p.date { text-align: right; text-indent: 0; padding-right: 4em; }
                p.note { font-size: 10pt; text-indent: 0; color: #555; margin-top: 2em; line-height: 1.4; }
                </style></head><body>
                """.formatted(LINE_HEIGHT, LINE_HEIGHT));
        h.append("<h1>").append(esc(r.title())).append("</h1>\n");
        if (r.correctionNote() != null) {
            h.append("<p>(第").append(r.versionNo()).append("版,更正说明:").append(esc(r.correctionNote())).append(")</p>\n");
        }
        for (Rendered.Block b : r.blocks()) {
            h.append("<p class=\"").append(b.kind()).append("\">").append(esc(b.text())).append("</p>\n");
        }
        h.append("<p>&#160;</p><p class=\"signature\">").append(esc(r.signature())).append("</p>\n");
        h.append("<p class=\"date\">").append(esc(r.dateText())).append("</p>\n");
        h.append("<p class=\"note\">本PDF由系统生成,嵌入霞鹜文楷(TrueType)字体显示;公文字体(仿宋_GB2312、方正小标宋简体等)以.docx文本为准。</p>\n");
        return h.append("</body></html>").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
