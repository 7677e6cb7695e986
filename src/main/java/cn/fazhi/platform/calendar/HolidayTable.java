package cn.fazhi.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the loaded holiday notices: which days are off, which weekend days are worked, and which
 * years have a notice at all. Pure domain: no Spring, no SQL; {@link StatutoryCalendar} swaps snapshots on change.
 */
public final class HolidayTable {

    private static final byte NONE = 0;
    private static final byte OFF = 1;
    private static final byte WORK = 2;

    private final Map<LocalDate, NoticeDay> days;
    private final Set<Integer> loadedYears;
    private final long version;
    /** Hot path of {@link #isWorkday}: per year from {@code firstYear}, the listed kind of each day of the year. */
    private final int firstYear;
    private final byte[][] kinds;
    private final int minLoaded;
    private final int maxLoaded;
    private final boolean[] loaded;

    public HolidayTable(Collection<NoticeDay> days, Collection<Integer> loadedYears, long version) {
        Map<LocalDate, NoticeDay> map = new HashMap<>(days.size() * 2);
        days.forEach(d -> map.put(d.date(), d));
        this.days = map;
        this.loadedYears = Set.copyOf(new TreeSet<>(loadedYears));
        this.version = version;
        int first = days.stream().mapToInt(d -> d.date().getYear()).min().orElse(0);
        int last = days.stream().mapToInt(d -> d.date().getYear()).max().orElse(-1);
        this.firstYear = first;
        this.kinds = new byte[last - first + 1][];
        for (NoticeDay d : days) {
            int i = d.date().getYear() - first;
            if (kinds[i] == null) {
                kinds[i] = new byte[366];
            }
            kinds[i][d.date().getDayOfYear() - 1] = d.kind() == DayKind.OFF ? OFF : WORK;
        }
        this.minLoaded = loadedYears.stream().mapToInt(Integer::intValue).min().orElse(0);
        this.maxLoaded = loadedYears.stream().mapToInt(Integer::intValue).max().orElse(-1);
        this.loaded = new boolean[maxLoaded - minLoaded + 1];
        loadedYears.forEach(y -> loaded[y - minLoaded] = true);
    }

    public static HolidayTable empty() {
        return new HolidayTable(java.util.List.of(), java.util.List.of(), 0);
    }

    /**
     * A working day: Monday to Friday unless the notice gives it off, or a Saturday/Sunday the notice makes a
     * 调休上班日. Sources: 国务院关于职工工作时间的规定 第七条 (Saturday and Sunday are the weekly rest days);
     * the year's notice for holidays and swaps; domain-rules.md §12.1 {@code isWorkday}.
     */
    public boolean isWorkday(LocalDate date) {
        int i = date.getYear() - firstYear;
        if (i >= 0 && i < kinds.length && kinds[i] != null) {
            byte kind = kinds[i][date.getDayOfYear() - 1];
            if (kind != NONE) {
                return kind == WORK;
            }
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** True when the notice for {@code year} is loaded, so its days are known rather than assumed. */
    public boolean isLoaded(int year) {
        return year >= minLoaded && year <= maxLoaded && loaded[year - minLoaded];
    }

    /** The notice's entry for a day, if it lists the day. */
    public Optional<NoticeDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    /** The value of the calendar version counter this snapshot was read at. */
    public long version() {
        return version;
    }
}
