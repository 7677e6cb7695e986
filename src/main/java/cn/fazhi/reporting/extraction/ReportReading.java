package cn.fazhi.reporting.extraction;

import cn.fazhi.platform.documents.DocumentContent;
import cn.fazhi.platform.documents.DocumentReader;
import cn.fazhi.platform.kernel.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;

/**
 * Reads a report into text and figures: an uploaded file (.docx incl. tables, .pdf, .txt, .html) or pasted text.
 * Refuses with a Chinese message what it cannot read honestly: a document with macros (.docm, vbaProject.bin), an
 * image-only or encrypted PDF (DocumentReader), more than {@link #MAX_CHARS} characters, mojibake.
 */
@Service
public class ReportReading {

    /** A published annual report runs to some ten thousand characters; a million is not a report. */
    public static final int MAX_CHARS = 1_000_000;

    private final DocumentReader reader;
    private final FigureExtractor extractor = new FigureExtractor();

    public ReportReading(DocumentReader reader) {
        this.reader = reader;
    }

    /** Reads an uploaded file. */
    public FigureExtractor.Extraction readFile(byte[] content, String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (content != null && content.length > 0) {
            refuseMacros(content, name);
            if (isHtml(content, name)) {
                return readText(htmlToText(DocumentReader.decode(content)));
            }
        }
        DocumentContent doc = reader.read(content, filename);
        return readText(doc.text());
    }

    /** Reads pasted text (HTML pasted as source is stripped of its tags too). */
    public FigureExtractor.Extraction readText(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("EMPTY_TEXT", "没有可读取的文字,请上传报告文件或粘贴报告全文", 400);
        }
        if (text.length() > MAX_CHARS) {
            throw new BusinessException("TEXT_TOO_LONG", "文字超过 " + (MAX_CHARS / 10_000) + " 万字,不像一份年度报告,已拒绝读取;"
                    + "请只上传或粘贴报告正文", 413);
        }
        String t = text.stripLeading().startsWith("<") && looksLikeHtml(text) ? htmlToText(text) : text;
        refuseMojibake(t);
        return extractor.extract(t);
    }

    /** A .docm, or an Office package with a VBA project, is refused before anything reads it. */
    static void refuseMacros(byte[] content, String name) {
        if (name.endsWith(".docm") || name.endsWith(".dotm") || name.endsWith(".xlsm")) {
            throw macros();
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            return;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                String entry = e.getName().toLowerCase(Locale.ROOT);
                if (entry.endsWith("vbaproject.bin") || entry.endsWith("vbadata.xml")) {
                    throw macros();
                }
                if (entry.equals("[content_types].xml")) {
                    byte[] types = zip.readNBytes(512 * 1024);
                    if (new String(types, StandardCharsets.UTF_8).contains("macroEnabled")) {
                        throw macros();
                    }
                }
            }
        } catch (IOException ex) {
            // not a readable zip: DocumentReader words the refusal
        }
    }

    private static BusinessException macros() {
        return new BusinessException("DOCUMENT_HAS_MACROS", "文档含有宏(VBA 代码),出于安全考虑已拒绝读取;"
                + "请在 Office/WPS 中另存为不含宏的 .docx 后上传,或直接粘贴文本", 415);
    }

    /**
     * Mojibake: replacement characters (U+FFFD, bytes that did not decode), or UTF-8 read as GBK (锛 for ,, 銆 for 。/、)
     * or as Latin-1 (Ã, â€).
     */
    static void refuseMojibake(String t) {
        int replacement = 0;
        int gbkMojibake = 0;
        int latin = 0;
        int cjk = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\uFFFD') {
                replacement++;
            } else if (c == '锛' || c == '銆' || c == '鐨' || c == '涓' || c == '鍙') {
                gbkMojibake++;
            } else if (c >= '\u00C0' && c <= '\u00FF') {
                latin++;
            } else if (c >= '\u4e00' && c <= '\u9fff') {
                cjk++;
            }
        }
        if (replacement >= 3 || (replacement > 0 && replacement * 200 > t.length())
                || gbkMojibake >= 5 && gbkMojibake * 20 > cjk
                || latin >= 20 && latin > cjk) {
            throw new BusinessException("MOJIBAKE", "文字是乱码(编码错误),无法读取;请用正确的编码(UTF-8 或 GBK)保存后重新上传,"
                    + "或从原网页复制正文粘贴", 422);
        }
    }

    static boolean isHtml(byte[] content, String name) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1).stripLeading();
        return head.startsWith("<") && looksLikeHtml(head);
    }

    private static boolean looksLikeHtml(String s) {
        String l = s.substring(0, Math.min(s.length(), 2048)).toLowerCase(Locale.ROOT);
        return l.contains("<html") || l.contains("<!doctype html") || l.contains("<body") || l.contains("<p")
                || l.contains("<div");
    }

    /** The visible text of an HTML page: scripts, styles and navigation dropped, blocks one per line. */
    static String htmlToText(String html) {
        Document d = Jsoup.parse(html);
        d.select("script, style, noscript, nav, header, footer, iframe, form").remove();
        Element body = d.body();
        if (body == null) {
            return "";
        }
        body.select("br").after("\\n");
        body.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, table, section, article").before("\\n");
        body.select("td, th").after("\t");
        String text = body.wholeText();
        // wholeText keeps the literal "\n" markers we inserted as text; turn them into line breaks
        return text.replace("\\n", "\n").replaceAll("[ \\t\\u00a0]*\n[ \\t\\u00a0]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
