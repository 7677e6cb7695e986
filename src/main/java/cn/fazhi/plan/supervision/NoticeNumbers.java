package cn.fazhi.plan.supervision;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Notice numbers "督办〔2026〕3号": a prefix per level, the year in 〔〕 (GB/T 9704-2012 7.2.4), a serial per year. */
public final class NoticeNumbers {

    private NoticeNumbers() {
    }

    public static String format(NoticeLevel level, int year, int serial) {
        return level.prefix() + "〔" + year + "〕" + serial + "号";
    }

    /** The next serial after the highest among {@code existing} numbers of this level and year. */
    public static int next(NoticeLevel level, int year, Collection<String> existing) {
        Pattern p = Pattern.compile(Pattern.quote(level.prefix() + "〔" + year + "〕") + "(\\d+)号");
        int max = 0;
        for (String n : existing) {
            Matcher m = p.matcher(n);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max + 1;
    }
}
