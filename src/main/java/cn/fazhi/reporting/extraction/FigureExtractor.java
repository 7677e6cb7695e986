package cn.fazhi.reporting.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of a published report (法治政府建设年度报告): a value with its unit ("26件", "98.06%", "两万余人"),
 * its qualifier (余 / 近 / 以上 / 多 / 约 / 超过 …), the words naming what is counted and, where the wording matches
 * one of the catalogue's metrics ({@link MetricPatterns}), the metric name. Pure domain: text in, figures out.
 *
 * <p>Not figures: ordinals (第18次, 第60、62期), document numbers (〔2018〕13号), years and year ranges (2018年,
 * 2016—2020年, 五年), dates (3月15日, 429日), article numbers (第十二条), numbers inside a title 《…》 or a short
 * quotation “721”, a bare 一 (一件事, 一次办), numbers without a unit (including one cut off at the end of a truncated
 * text). Traditional characters are normalised for matching (one for one, so offsets stay those of the text given).
 */
public final class FigureExtractor {

    /** One figure; {@code start}/{@code end} are offsets into the text read, {@code evidence} = text[start, end). */
    public record Figure(BigDecimal value, String unit, String qualifier, String metric, String label,
            String evidence, int start, int end) {
    }

    /** The text read (after {@link ReportText#clean}) and its figures in order. */
    public record Extraction(String text, List<Figure> figures) {
    }

    private static final String CN_DIGITS = "零〇一二两三四五六七八九十百千万亿";
    /** Counting units, longest first (a unit is required: a bare number is not a figure). */
    private static final String UNITS = "个工作日|个月|人次|件次|场次|户次|余人次|元|件|起|人|名|位|次|场|项|个|家|条|份|部|卷|本|篇|块|处|期|轮|支|类|天|所|批|宗|例|册|套|台|辆|户|座|间|亩|吨";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<pre>将近|超过|不少于|不足|近|约|逾)?"
            + "(?:(?<pct>百分之)(?<pctnum>[" + CN_DIGITS + "点]+|\\d+(?:\\.\\d+)?)"
            + "|(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[" + CN_DIGITS + "]+)"
            + "(?<q1>余|多)?(?<mult>万|亿)?(?<q2>余|多)?"
            + "(?:(?<percent>%)|(?<unit>" + UNITS + ")|(?<=[万亿])))"
            + "(?<post>以上|以下|左右|余)?");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("第[\\d" + CN_DIGITS + "、]*$");
    private static final Pattern MONEY_WORDS = Pattern.compile("金额|资金|标的|经费|投资|罚款|罚没");
    private static final String CLAUSE_END = ",,;;。:!?!?()()\n、";

    private final MetricPatterns patterns = new MetricPatterns();

    /** Cleans the raw text (page chrome, broken lines, stray spaces) and reads its figures. */
    public Extraction extract(String raw) {
        String text = ReportText.clean(raw);
        return new Extraction(text, figures(text));
    }

    /** The figures of an already clean text, offsets into {@code text}. */
    public List<Figure> figures(String text) {
        String n = ChineseScript.normalise(text);
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(n);
        int from = 0;
        while (from < n.length() && m.find(from)) {
            int start = m.start();
            int end = m.end();
            from = Math.max(end, start + 1);
            Figure f = figure(text, n, m);
            if (f == null) {
                // retry just after the first character: "一" of "一百二十件" is not a match start issue, but
                // "第18次" skipped must not hide a later number in the same run
                from = start + 1;
                if (m.group("num") != null && m.group("num").length() > 1 && Character.isDigit(n.charAt(start))) {
                    from = m.end("num");
                }
                continue;
            }
            out.add(f);
        }
        return out;
    }

    private Figure figure(String text, String n, Matcher m) {
        int start = m.start();
        int numStart = m.group("pct") != null ? m.start("pct") : m.start("num");
        String num = m.group("num");
        // a number glued to a preceding digit, letter or decimal point is a piece of something else
        if (numStart > 0) {
            char before = n.charAt(numStart - 1);
            if (Character.isDigit(before) || (before >= 'A' && before <= 'z') || before == '.' || before == '-'
                    || before == '/') {
                return null;
            }
            if (num != null && isCnNumeral(num) && CN_DIGITS.indexOf(before) >= 0) {
                return null;
            }
        }
        String head = n.substring(Math.max(0, numStart - 12), numStart);
        if (ORDINAL_BEFORE.matcher(head).find()) {
            return null;
        }
        if (insideTitleOrShortQuote(n, numStart)) {
            return null;
        }
        BigDecimal value;
        String unit;
        if (m.group("pct") != null) {
            value = parseNumber(m.group("pctnum"));
            unit = "%";
        } else {
            if (num == null) {
                return null;
            }
            boolean chinese = isCnNumeral(num);
            if (chinese && "一".equals(num)) {
                return null; // 一件事, 一次办, 一窗: not a count
            }
            value = parseNumber(num);
            if (value == null) {
                return null;
            }
            if (m.group("mult") != null) {
                value = value.multiply(m.group("mult").equals("万") ? BigDecimal.valueOf(10_000)
                        : BigDecimal.valueOf(100_000_000));
            }
            unit = m.group("percent") != null ? "%" : m.group("unit");
            if (unit == null) {
                // "200多亿" without 元: money only when the clause says so, and never a number cut off at the end
                boolean atEnd = m.end() >= n.stripTrailing().length();
                String clause = n.substring(Math.max(0, numStart - 15), numStart);
                if (atEnd || !MONEY_WORDS.matcher(clause).find()) {
                    return null;
                }
                unit = "元";
            }
            if ("余人次".equals(unit)) {
                unit = "人次";
            }
            String after = n.substring(m.end(), Math.min(n.length(), m.end() + 2));
            if (chinese && (after.startsWith("制") || after.startsWith("体"))) {
                return null; // 三项制度, 三位一体
            }
            if ("期".equals(unit) && (after.startsWith("项") || after.startsWith("工"))) {
                return null; // 华电二期项目, 二期工程: a phase, not a count
            }
        }
        int end = m.end();
        // a money figure written as "200多亿" without 元
        String qualifier = qualifier(m);
        String evidence = text.substring(start, end);
        String metric = patterns.metricFor(n, start, end, unit);
        return new Figure(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
                unit, qualifier, metric, label(text, n, start, end), evidence, start, end);
    }

    private static String qualifier(Matcher m) {
        StringBuilder q = new StringBuilder();
        for (String g : new String[] {"pre", "q1", "q2", "post"}) {
            if (m.group(g) != null) {
                if (!q.isEmpty()) {
                    q.append(' ');
                }
                q.append(m.group(g));
            }
        }
        return q.isEmpty() ? null : q.toString();
    }

    /** The words naming what is counted: the clause before the figure, or the noun after it when that is empty. */
    static String label(String text, String n, int start, int end) {
        int s = start;
        while (s > 0 && start - s < 30 && CLAUSE_END.indexOf(n.charAt(s - 1)) < 0) {
            s--;
        }
        String before = text.substring(s, start).strip();
        before = before.replaceFirst("^(其中|共|累计|全年|今年|截至目前|截止目前|另有|共计)", "");
        int e = end;
        while (e < n.length() && e - end < 16 && CLAUSE_END.indexOf(n.charAt(e)) < 0) {
            e++;
        }
        String afterText = text.substring(end, e).strip();
        if (before.length() < 2) {
            return afterText.isEmpty() ? before : afterText;
        }
        if (afterText.length() > 0 && afterText.length() <= 8 && before.length() < 8) {
            return before + "…" + afterText;
        }
        return before;
    }

    /**
     * Inside 《…》 (a title, looked for within 80 characters before and 120 after), or a quotation “…” of at most 12
     * characters (a slogan or a date like “12.4”). The windows are bounded so that a long text stays linear.
     */
    private static boolean insideTitleOrShortQuote(String n, int pos) {
        int open = lastBefore(n, pos, '《', '》', 80);
        if (open >= 0 && nextAfter(n, pos, '》', '《', 120) >= 0) {
            return true;
        }
        int q = lastBefore(n, pos, '“', '”', 12);
        return q >= 0 && nextAfter(n, pos, '”', '“', 13 - (pos - q)) >= 0;
    }

    /** The index of {@code open} within {@code max} characters before pos, unless {@code close} comes first. */
    private static int lastBefore(String n, int pos, char open, char close, int max) {
        for (int i = pos - 1; i >= 0 && pos - i <= max; i--) {
            char c = n.charAt(i);
            if (c == open) {
                return i;
            }
            if (c == close) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of {@code close} within {@code max} characters from pos, unless {@code open} comes first. */
    private static int nextAfter(String n, int pos, char close, char open, int max) {
        for (int i = pos; i < n.length() && i - pos < max; i++) {
            char c = n.charAt(i);
            if (c == close) {
                return i;
            }
            if (c == open) {
                return -1;
            }
        }
        return -1;
    }

    static boolean isCnNumeral(String s) {
        return !s.isEmpty() && CN_DIGITS.indexOf(s.charAt(0)) >= 0;
    }

    /** Arabic (with thousands commas and decimals) or Chinese numerals (两万余 → 20000, 一百二十 → 120, 九十点五). */
    static BigDecimal parseNumber(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (Character.isDigit(s.charAt(0))) {
            return new BigDecimal(s.replace(",", ""));
        }
        int point = s.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = parseNumber(s.substring(0, point));
            StringBuilder frac = new StringBuilder();
            for (char c : s.substring(point + 1).toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return null;
                }
                frac.append(d);
            }
            return whole == null || frac.isEmpty() ? null : new BigDecimal(whole.toBigInteger() + "." + frac);
        }
        long total = 0;
        long section = 0;
        long number = 0;
        boolean any = false;
        int previous = -1;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                if (previous > 0 && d > 0) {
                    return null; // 二〇一八, 一二: digits side by side are a code or a year, not a count
                }
                previous = d;
                number = d;
                any = true;
                continue;
            }
            previous = -1;
            switch (c) {
                case '十' -> {
                    section += (number == 0 ? 1 : number) * 10;
                    number = 0;
                }
                case '百' -> {
                    section += (number == 0 ? 1 : number) * 100;
                    number = 0;
                }
                case '千' -> {
                    section += (number == 0 ? 1 : number) * 1000;
                    number = 0;
                }
                case '万' -> {
                    total += (section + number == 0 ? 1 : section + number) * 10_000L;
                    section = 0;
                    number = 0;
                }
                case '亿' -> {
                    total = (total + section + number == 0 ? 1 : total + section + number) * 100_000_000L;
                    section = 0;
                    number = 0;
                }
                default -> {
                    return null;
                }
            }
            any = true;
        }
        return any ? BigDecimal.valueOf(total + section + number) : null;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
