package cn.fazhi.plan.parsing;

import cn.fazhi.plan.parsing.ParsedTask.DeadlineKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline as plans state it: "2016年底完成" / "2017年底" → 31 December; "2022年10月底前" → the month's last day;
 * "2018年6月30日前" → that day; "2017年上半年" → 30 June; "2017年第三季度" → the quarter's last day; "2016—2018年" → the
 * later year's end; "年底前" / "每年" → RECURRING; "持续推进" / "长期坚持" → CONTINUOUS. The date is the last day the
 * wording allows; it is read, not computed (working-day deadlines come from platform.calendar).
 */
final class Deadlines {

    /** What a deadline text means. readable is false when it looks like a deadline but could not be read. */
    record Deadline(DeadlineKind kind, LocalDate date, boolean readable) {
        static final Deadline NONE = new Deadline(DeadlineKind.NONE, null, true);
    }

    private static final String Y = "((?:19|20)\\d\\d)\\s*年";
    private static final Pattern DAY = Pattern.compile(Y + "\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern MONTH = Pattern.compile(Y + "\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");
    private static final Pattern MONTH_CN = Pattern.compile(Y + "\\s*([一二三四五六七八九十]{1,3})\\s*月");
    private static final Pattern HALF = Pattern.compile(Y + "\\s*(上半年|年中|下半年)");
    private static final Pattern QUARTER = Pattern.compile(Y + "\\s*第?\\s*([一二三四1-4])\\s*季度");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d\\d)\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern RANGE = Pattern.compile("((?:19|20)\\d\\d)\\s*年?\\s*[-—–~～至到]+\\s*((?:19|20)\\d\\d)\\s*年");
    /** A year with a word that makes it a deadline: 2016年底, 2017年完成, 2018年内, 2016年年底前. */
    private static final Pattern YEAR_END = Pattern.compile(Y + "\\s*(年?底|年?末|内|以内|全面完成|完成|基本完成|前后)");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*(?:于|在|到)?" + Y + "\\s*$");
    private static final Pattern RECURRING = Pattern.compile("年底前|年底以前|每年|每季度|每半年|每月|年度内|逐年|年年|每个季度|半年一次|一年一次");
    private static final Pattern CONTINUOUS = Pattern.compile("持续|长期|常态|长效|经常性|不间断|一以贯之");
    /** Words that make a fragment look like a deadline even when it cannot be read. */
    private static final Pattern DEADLINE_WORDS = Pattern.compile(
            "(?:19|20)\\d\\d[年\\-/.]|年底|年末|月底|月末|季度|上半年|下半年|完成|前完成|底前|持续|长期|常态|每年|期限|时限|逐步|稳步|适时|近期|尽快|立即|按期|按时");

    private Deadlines() {
    }

    /** Whether a fragment (folded) reads as a deadline rather than a unit name. */
    static boolean looksLikeDeadline(String folded) {
        return DEADLINE_WORDS.matcher(folded).find();
    }

    /** The meaning of a deadline text (folded or not: digits and the words are the same). */
    static Deadline read(String text) {
        if (text == null || Fold.strip(text).isEmpty()) {
            return Deadline.NONE;
        }
        String s = Fold.fold(text);
        try {
            Matcher m = DAY.matcher(s);
            if (m.find()) {
                return date(LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = ISO.matcher(s);
            if (m.find()) {
                return date(LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = RANGE.matcher(s);
            if (m.find()) {
                return date(LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
            }
            m = MONTH.matcher(s);
            if (m.find()) {
                return date(YearMonth.of(year(m), Integer.parseInt(m.group(2))).atEndOfMonth());
            }
            m = MONTH_CN.matcher(s);
            if (m.find()) {
                int month = Fold.number(m.group(2));
                if (month >= 1 && month <= 12) {
                    return date(YearMonth.of(year(m), month).atEndOfMonth());
                }
            }
            m = HALF.matcher(s);
            if (m.find()) {
                return date(m.group(2).equals("下半年") ? LocalDate.of(year(m), 12, 31) : LocalDate.of(year(m), 6, 30));
            }
            m = QUARTER.matcher(s);
            if (m.find()) {
                String q = m.group(2);
                int quarter = Character.isDigit(q.charAt(0)) ? q.charAt(0) - '0' : Fold.number(q);
                return date(YearMonth.of(year(m), quarter * 3).atEndOfMonth());
            }
            m = YEAR_END.matcher(s);
            if (m.find()) {
                return date(LocalDate.of(year(m), 12, 31));
            }
            m = YEAR_ONLY.matcher(s);
            if (m.find()) {
                return date(LocalDate.of(year(m), 12, 31));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return new Deadline(DeadlineKind.NONE, null, false);
        }
        // "2017年起每年", "2016年起持续推进": the kind says it, the year only when it starts
        if (RECURRING.matcher(s).find()) {
            return new Deadline(DeadlineKind.RECURRING, null, true);
        }
        if (CONTINUOUS.matcher(s).find()) {
            return new Deadline(DeadlineKind.CONTINUOUS, null, true);
        }
        // "2017年前完成" (before 2017 or by the end of 2017?) and other wordings with a year: the user decides
        return new Deadline(DeadlineKind.NONE, null, false);
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static Deadline date(LocalDate d) {
        return new Deadline(DeadlineKind.DATE, d, true);
    }
}
