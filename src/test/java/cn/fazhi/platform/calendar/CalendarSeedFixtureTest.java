package cn.fazhi.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.support.FazhiIntegrationTest;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The seeded notices (V5__calendar.sql, written from the State Council notices) compared day by day with an
 * independent source: the MIT-licensed npm package chinese-days 1.5.7 (src/test/resources/calendar/chinese-days,
 * origin in ORIGIN.md), for every day of 2015–2026.
 *
 * <p>What must agree exactly: whether each day is a working day, the set of 调休上班 days, and every day off that
 * falls on Monday–Friday (with a compatible holiday name). Allowed and intentional: a Saturday or Sunday inside a
 * holiday that only one source lists as a day off (e.g. the notices list 2015-09-05 inside 9月3日至5日 and say
 * "4月5日放假,与周末连休" for 2019 where the package lists 04-05..04-07). Both mean a rest day, so nothing computed
 * differs. The 2020 春节 extension (国办发明电〔2020〕1号: 01-31..02-02 off, 02-01 no longer worked) is counted as
 * official rest days here, and the package does the same, so there is no difference to record for it.
 */
@FazhiIntegrationTest
class CalendarSeedFixtureTest {

    @Autowired
    StatutoryCalendar calendar;

    record FixtureYear(Map<LocalDate, String> off, Map<LocalDate, String> work) {
    }

    static FixtureYear fixture(int year) throws Exception {
        try (InputStream in = CalendarSeedFixtureTest.class.getResourceAsStream("/calendar/chinese-days/" + year + ".json")) {
            assertThat(in).as("fixture for %s", year).isNotNull();
            JsonNode root = new ObjectMapper().readTree(in);
            return new FixtureYear(dates(root.get("holidays")), dates(root.get("workdays")));
        }
    }

    private static Map<LocalDate, String> dates(JsonNode node) {
        Map<LocalDate, String> m = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            m.put(LocalDate.parse(e.getKey()), e.getValue().asString().split(",")[1]);
        }
        return m;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The package names 清明/端午/中秋 without 节 and labels single days of merged blocks by one festival. */
    private static boolean compatibleNames(String ours, String theirs) {
        String key = theirs.replace("节", "");
        if (key.length() > 4) {
            key = key.substring(key.length() - 4); // "…胜利70周年纪念日" → "年纪念日"
        }
        return ours.contains(key);
    }

    @Test
    void everyYearFrom2015To2026IsLoadedWithItsNoticeNumber() {
        HolidayTable t = calendar.snapshot();
        for (int y = 2015; y <= 2026; y++) {
            assertThat(t.isLoaded(y)).as("year %s loaded", y).isTrue();
            assertThat(calendar.notice(y)).get().extracting(HolidayNotice::noticeNo).asString().startsWith("国办发明电〔" + (y - 1) + "〕");
        }
    }

    @Test
    void everyDayFrom2015To2026AgreesWithTheChineseDaysFixture() throws Exception {
        HolidayTable t = calendar.snapshot();
        List<String> mismatches = new ArrayList<>();
        List<String> weekendListingDifferences = new ArrayList<>();
        int compared = 0;
        for (int y = 2015; y <= 2026; y++) {
            FixtureYear f = fixture(y);
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                compared++;
                boolean theirs = (!weekend(d) && !f.off().containsKey(d)) || f.work().containsKey(d);
                if (t.isWorkday(d) != theirs) {
                    mismatches.add(d + " workday: ours=" + t.isWorkday(d) + " chinese-days=" + theirs);
                }
                NoticeDay ours = t.day(d).orElse(null);
                boolean oursWork = ours != null && ours.kind() == DayKind.WORK;
                if (oursWork != f.work().containsKey(d)) {
                    mismatches.add(d + " make-up day: ours=" + oursWork + " chinese-days=" + f.work().containsKey(d));
                }
                boolean oursOff = ours != null && ours.kind() == DayKind.OFF;
                if (oursOff != f.off().containsKey(d)) {
                    if (weekend(d)) {
                        weekendListingDifferences.add(d + (oursOff ? " listed off by the notice only" : " listed off by chinese-days only"));
                    } else {
                        mismatches.add(d + " weekday off: ours=" + oursOff + " chinese-days=" + f.off().containsKey(d));
                    }
                } else if (oursOff && !weekend(d) && !compatibleNames(ours.name(), f.off().get(d))) {
                    mismatches.add(d + " holiday name: ours=" + ours.name() + " chinese-days=" + f.off().get(d));
                }
            }
        }
        assertThat(compared).isEqualTo(4383);
        assertThat(mismatches).as("days that differ from chinese-days").isEmpty();
        // Intentional, recorded differences: weekend days that are rest days either way (see the class comment).
        // 2015-09-05: 国发明电〔2015〕1号 says "9月3日至5日调休放假,共3天", so the block includes Saturday 09-05.
        // 2019 清明/端午/中秋: the notice says "放假,与周末连休" and lists the holiday only; the package adds the weekend.
        assertThat(weekendListingDifferences).containsExactlyInAnyOrder(
                "2015-09-05 listed off by the notice only",
                "2019-04-06 listed off by chinese-days only", "2019-04-07 listed off by chinese-days only",
                "2019-06-08 listed off by chinese-days only", "2019-06-09 listed off by chinese-days only",
                "2019-09-14 listed off by chinese-days only", "2019-09-15 listed off by chinese-days only");
        assertThat(weekendListingDifferences).allSatisfy(s -> assertThat(t.isWorkday(LocalDate.parse(s.substring(0, 10)))).isFalse());
        System.out.println("calendar fixture: " + compared + " days compared; weekend listing differences (no effect): "
                + weekendListingDifferences);
    }

    @Test
    void supplementaryNoticesAreRecordedOnTheirRows() {
        assertThat(calendar.day(LocalDate.of(2019, 5, 2))).get().extracting(NoticeDay::noticeNo).isEqualTo("国办发明电〔2019〕3号");
        assertThat(calendar.day(LocalDate.of(2020, 2, 1))).get().extracting(NoticeDay::noticeNo).isEqualTo("国办发明电〔2020〕1号");
        assertThat(calendar.isWorkday(LocalDate.of(2020, 2, 1))).isFalse();
        assertThat(calendar.day(LocalDate.of(2015, 9, 3))).get().extracting(NoticeDay::noticeNo).isEqualTo("国发明电〔2015〕1号");
        // days of the previous December belong to the next year's notice (2019 and 2023 元旦)
        assertThat(calendar.day(LocalDate.of(2018, 12, 29))).get().extracting(NoticeDay::kind).isEqualTo(DayKind.WORK);
        assertThat(calendar.day(LocalDate.of(2022, 12, 31))).get().extracting(NoticeDay::name).isEqualTo("元旦");
    }

    @Test
    void everyYearHasTheNumberOfDaysItsNoticesList() {
        // off / worked per notice year, counted from the notice texts (docs/parts/calendar.md)
        int[][] totals = {{2015, 26, 5}, {2016, 24, 6}, {2017, 24, 5}, {2018, 23, 6}, {2019, 24, 7}, {2020, 30, 6},
                {2021, 31, 7}, {2022, 31, 7}, {2023, 27, 7}, {2024, 28, 8}, {2025, 28, 5}, {2026, 33, 6}};
        for (int[] t : totals) {
            HolidayNotice n = calendar.notice(t[0]).orElseThrow();
            assertThat(new long[] {n.offCount(), n.workCount()}).as("year %s", t[0]).containsExactly(t[1], t[2]);
        }
    }

    @Test
    void theSeededTotalsMatchTheNotices() {
        // domain-rules.md §12.3: 2024 28 off / 8 worked, 2025 28 / 5, 2026 33 / 6
        assertThat(calendar.notice(2024)).get().satisfies(n -> {
            assertThat(n.offCount()).isEqualTo(28);
            assertThat(n.workCount()).isEqualTo(8);
        });
        assertThat(calendar.notice(2025)).get().satisfies(n -> {
            assertThat(n.offCount()).isEqualTo(28);
            assertThat(n.workCount()).isEqualTo(5);
        });
        assertThat(calendar.notice(2026)).get().satisfies(n -> {
            assertThat(n.offCount()).isEqualTo(33);
            assertThat(n.workCount()).isEqualTo(6);
        });
    }
}
