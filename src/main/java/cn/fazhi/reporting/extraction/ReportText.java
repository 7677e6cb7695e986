package cn.fazhi.reporting.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans a report's text before its figures are read: page chrome (页眉/页脚 lines repeated on every page, “第 3 页”,
 * “- 3 -”, “打印本页 关闭窗口”, 【打印此文】【关闭】), line breaks inside a sentence (a PDF or a paste breaks lines where
 * the page ends) and stray spaces around numbers (“精简 4606天”, “2018 年”). The figures' offsets point into the
 * cleaned text, which the API returns as {@code text}.
 */
public final class ReportText {

    private static final Pattern PAGE_LINE = Pattern.compile(
            "^[ \\t\\u3000\\u00a0]*(?:第\\s*\\d+\\s*页(?:\\s*[,,/]?\\s*共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页"
            + "|[-—–]\\s*\\d+\\s*[-—–]|\\d+\\s*/\\s*\\d+|页眉.*|页脚.*)[ \\t\\u3000\\u00a0]*$", Pattern.MULTILINE);
    private static final Pattern CHROME = Pattern.compile(
            "打印本页\\s*关闭窗口|【\\s*(?:打印此文|打印本页|关闭|关闭窗口|加入收藏|字体大小[^】]*)\\s*】|【字体:\\s*大\\s*中\\s*小\\s*】"
            + "|打印本页|关闭窗口");
    private static final String SPACE = "[ \\t\\u3000\\u00a0]+";
    private static final Pattern SPACE_BEFORE_NUMBER = Pattern.compile("(?<=[\\u4e00-\\u9fff,,。;;:(])" + SPACE + "(?=\\d)");
    private static final Pattern SPACE_AFTER_NUMBER = Pattern.compile("(?<=\\d)" + SPACE + "(?=[\\u4e00-\\u9fff%])");
    private static final Pattern SPACE_IN_NUMBER = Pattern.compile("(?<=\\d)" + SPACE + "(?=[.,]\\d)|(?<=\\d[.,])" + SPACE + "(?=\\d)");
    private static final String SENTENCE_END = "。!?!?:;;”》)】…";
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\\d]+[))]|\\d+[、.．]|第[一二三四五六七八九十\\d]+[章节条部分])");

    /** A line that starts page metadata (发布时间:…) or ends like a title is not the first half of a sentence. */
    private static final Pattern METADATA_START = Pattern.compile("^(?:发布时间|发布日期|发布机构|来源|稿件来源|信息来源|信息索引号|索引号|文号|点击|浏览|字号|【)");
    private static final Pattern TITLE_END = Pattern.compile("(?:报告|通知|意见|决定|方案|要点|总结|情况)$");

    private ReportText() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        s = CHROME.matcher(s).replaceAll("");
        java.util.regex.Matcher pages = PAGE_LINE.matcher(s);
        int pageLines = 0;
        while (pages.find()) {
            pageLines++;
        }
        s = PAGE_LINE.matcher(s).replaceAll("");
        // a paged text (page numbers found): a short line on two pages is a running header; otherwise three
        s = dropRepeatedLines(s, pageLines >= 2 ? 2 : 3);
        s = joinBrokenLines(s);
        s = SPACE_IN_NUMBER.matcher(s).replaceAll("");
        s = SPACE_BEFORE_NUMBER.matcher(s).replaceAll("");
        s = SPACE_AFTER_NUMBER.matcher(s).replaceAll("");
        s = s.replaceAll("\n{3,}", "\n\n");
        return s.strip();
    }

    /** A short line that appears on {@code times} or more pages is a running header or footer (页眉/页脚). */
    private static String dropRepeatedLines(String s, int times) {
        List<String> lines = s.lines().toList();
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty() && t.length() <= 40) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty() && counts.getOrDefault(t, 0) >= times && !t.matches(".*[。;;]$")) {
                continue;
            }
            out.append(l).append('\n');
        }
        return out.toString();
    }

    /**
     * Joins a line to the next when the break falls inside a sentence: the line is long (a body line, not a title),
     * does not end a sentence, and the next line is not a heading.
     */
    private static String joinBrokenLines(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1];
            String t = line.stripTrailing();
            String nt = next.stripLeading();
            boolean join = t.length() >= 20 && !nt.isEmpty()
                    && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0
                    && isCjkOrDigit(t.charAt(t.length() - 1)) && isCjkOrDigit(nt.charAt(0))
                    && !HEADING_START.matcher(nt).find() && !METADATA_START.matcher(nt).find()
                    && !TITLE_END.matcher(t).find();
            if (join) {
                out.setLength(out.length() - (line.length() - t.length()));
                lines[i + 1] = nt;
            } else {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean isCjkOrDigit(char c) {
        return Character.isDigit(c) || (c >= '\u4e00' && c <= '\u9fff') || c == '%' || c == ',' || c == ',';
    }
}
