package cn.fazhi.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every branch of the 期间 rules on a calendar holding the 2024–2026 notices (domain-rules.md §12.3), built here
 * by hand from the notice texts so that the rules are tested without a database.
 */
class PeriodRulesTest {

    static final HolidayTable TABLE = notices2024to2026();

    static HolidayTable notices2024to2026() {
        List<NoticeDay> days = new ArrayList<>();
        String n24 = "国办发明电〔2023〕7号";
        off(days, n24, "元旦", "2024-01-01", "2024-01-01");
        off(days, n24, "春节", "2024-02-10", "2024-02-17");
        work(days, n24, "春节", "2024-02-04", "2024-02-18");
        off(days, n24, "清明节", "2024-04-04", "2024-04-06");
        work(days, n24, "清明节", "2024-04-07");
        off(days, n24, "劳动节", "2024-05-01", "2024-05-05");
        work(days, n24, "劳动节", "2024-04-28", "2024-05-11");
        off(days, n24, "端午节", "2024-06-10", "2024-06-10");
        off(days, n24, "中秋节", "2024-09-15", "2024-09-17");
        work(days, n24, "中秋节", "2024-09-14");
        off(days, n24, "国庆节", "2024-10-01", "2024-10-07");
        work(days, n24, "国庆节", "2024-09-29", "2024-10-12");
        String n25 = "国办发明电〔2024〕12号";
        off(days, n25, "元旦", "2025-01-01", "2025-01-01");
        off(days, n25, "春节", "2025-01-28", "2025-02-04");
        work(days, n25, "春节", "2025-01-26", "2025-02-08");
        off(days, n25, "清明节", "2025-04-04", "2025-04-06");
        off(days, n25, "劳动节", "2025-05-01", "2025-05-05");
        work(days, n25, "劳动节", "2025-04-27");
        off(days, n25, "端午节", "2025-05-31", "2025-06-02");
        off(days, n25, "国庆节、中秋节", "2025-10-01", "2025-10-08");
        work(days, n25, "国庆节、中秋节", "2025-09-28", "2025-10-11");
        String n26 = "国办发明电〔2025〕7号";
        off(days, n26, "元旦", "2026-01-01", "2026-01-03");
        work(days, n26, "元旦", "2026-01-04");
        off(days, n26, "春节", "2026-02-15", "2026-02-23");
        work(days, n26, "春节", "2026-02-14", "2026-02-28");
        off(days, n26, "清明节", "2026-04-04", "2026-04-06");
        off(days, n26, "劳动节", "2026-05-01", "2026-05-05");
        work(days, n26, "劳动节", "2026-05-09");
        off(days, n26, "端午节", "2026-06-19", "2026-06-21");
        off(days, n26, "中秋节", "2026-09-25", "2026-09-27");
        off(days, n26, "国庆节", "2026-10-01", "2026-10-07");
        work(days, n26, "国庆节", "2026-09-20", "2026-10-10");
        return new HolidayTable(days, List.of(2024, 2025, 2026), 1);
    }

    private static void off(List<NoticeDay> days, String no, String name, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(new NoticeDay(d, DayKind.OFF, name, no));
        }
    }

    private static void work(List<NoticeDay> days, String no, String name, String... dates) {
        for (String d : dates) {
            days.add(new NoticeDay(LocalDate.parse(d), DayKind.WORK, name, no));
        }
    }

    private static Deadline due(String from, Period p) {
        return PeriodRules.due(TABLE, LocalDate.parse(from), p);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aMakeUpSaturdayIsAWorkdayAndAHolidayWeekdayIsNot() {
        assertThat(TABLE.isWorkday(d("2025-10-11"))).isTrue();   // 调休上班 Saturday
        assertThat(TABLE.isWorkday(d("2025-10-12"))).isFalse();  // plain Sunday
        assertThat(TABLE.isWorkday(d("2025-10-03"))).isFalse();  // 国庆 Friday
        assertThat(TABLE.isWorkday(d("2025-10-09"))).isTrue();   // plain Thursday
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeNationalDay2025SkipTheHolidayAndCountTheMakeUpSunday() {
        // 09-27 Sat rest; 09-28 Sun worked (1); 09-29 (2); 09-30 (3); 10-01..10-08 off; 10-09 (4); 10-10 (5)
        Deadline dl = due("2025-09-26", Period.workingDays(5));
        assertThat(dl.due()).isEqualTo(d("2025-10-10"));
        assertThat(dl.provisional()).isFalse();
        assertThat(dl.rolledOver()).isFalse();
        assertThat(dl.basis()).contains("5个工作日", "起算日不计入", "调休上班日计入", "行政复议法(2023)第八十八条", "民事诉讼法(2023)第八十五条");
    }

    @Test
    void theSixthWorkingDayAfterNationalDay2025IsTheMakeUpSaturday() {
        assertThat(due("2025-09-26", Period.workingDays(6)).due()).isEqualTo(d("2025-10-11"));
        assertThat(due("2025-09-26", Period.workingDays(7)).due()).isEqualTo(d("2025-10-13"));
    }

    @Test
    void workingDaysAcrossSpringFestival2026CountTheMakeUpSaturdayBeforeItAndSkipTheNineDaysOff() {
        // 02-14 Sat worked (1); 02-15..02-23 off; 02-24 (2); 02-25 (3)
        assertThat(due("2026-02-13", Period.workingDays(3)).due()).isEqualTo(d("2026-02-25"));
        // 02-24..02-27 are 4, 02-28 Sat worked is the 5th
        assertThat(due("2026-02-23", Period.workingDays(5)).due()).isEqualTo(d("2026-02-28"));
    }

    @Test
    void theStartDayIsNotCountedEvenWhenItIsAWorkday() {
        assertThat(due("2025-10-09", Period.workingDays(1)).due()).isEqualTo(d("2025-10-10"));
        assertThat(due("2025-03-10", Period.naturalDays(1)).due()).isEqualTo(d("2025-03-11"));
    }

    @Test
    void aNaturalDayPeriodEndingOnAHolidayRollsToTheNextWorkingDay() {
        Deadline dl = due("2025-09-21", Period.naturalDays(10));   // 10-01 is 国庆
        assertThat(dl.nominalDue()).isEqualTo(d("2025-10-01"));
        assertThat(dl.due()).isEqualTo(d("2025-10-09"));
        assertThat(dl.rolledOver()).isTrue();
        assertThat(dl.basis()).contains("顺延至2025年10月9日", "民法典第二百零一条、第二百零三条");
    }

    @Test
    void aNaturalDayPeriodEndingOnAPlainWeekendRollsToMonday() {
        assertThat(due("2025-03-10", Period.naturalDays(5)).due()).isEqualTo(d("2025-03-17"));
    }

    @Test
    void aPeriodWhoseLastDayIsAMakeUpWorkingSaturdayDoesNotRoll() {
        Deadline dl = due("2025-10-01", Period.naturalDays(10));   // 10-11 Sat, 调休上班
        assertThat(dl.due()).isEqualTo(d("2025-10-11"));
        assertThat(dl.rolledOver()).isFalse();
    }

    @Test
    void sixMonthsFromAugust31EndOnTheLastDayOfFebruary() {
        // 2024 is a leap year: 2024-02-29 (Thu), a working day
        assertThat(PeriodRules.due(TABLE, d("2023-08-31"), Period.months(6)).due()).isEqualTo(d("2024-02-29"));
        // 2025-02-28 is a Friday
        assertThat(due("2024-08-31", Period.months(6)).due()).isEqualTo(d("2025-02-28"));
        // 2026-02-28 is a Saturday, but a 调休上班 day of the 2026 notice: no roll-over
        Deadline worked = due("2025-08-31", Period.months(6));
        assertThat(worked.due()).isEqualTo(d("2026-02-28"));
        assertThat(worked.rolledOver()).isFalse();
    }

    @Test
    void sixMonthsFromAugust31RollWhenTheMonthEndIsARestDay() {
        // 2027-02-28 is a Sunday → Monday 2027-03-01, and 2027 has no notice: provisional
        Deadline dl = due("2026-08-31", Period.months(6));
        assertThat(dl.nominalDue()).isEqualTo(d("2027-02-28"));
        assertThat(dl.due()).isEqualTo(d("2027-03-01"));
        assertThat(dl.provisional()).isTrue();
    }

    @Test
    void aMonthPeriodEndingInNationalDayRolls() {
        Deadline dl = due("2025-04-04", Period.months(6));
        assertThat(dl.nominalDue()).isEqualTo(d("2025-10-04"));
        assertThat(dl.due()).isEqualTo(d("2025-10-09"));
        assertThat(dl.basis()).contains("6个月", "无对应日的以该月最后一日为届满日", "民法典第二百零一条至第二百零三条");
    }

    @Test
    void workingDaysAcrossTheYearEndCountTheMakeUpSundayOfNewYear2026() {
        // 12-29 (1), 12-30 (2), 12-31 (3), 01-01..01-03 off, 01-04 Sun worked (4), 01-05 (5)
        assertThat(due("2025-12-26", Period.workingDays(5)).due()).isEqualTo(d("2026-01-05"));
    }

    @Test
    void aNaturalDayPeriodEndingOnNewYearRollsOntoTheMakeUpSunday() {
        assertThat(due("2025-12-22", Period.naturalDays(10)).due()).isEqualTo(d("2026-01-04"));
    }

    @Test
    void aDeadlineIn2027WithoutItsNoticeIsProvisional() {
        Deadline dl = due("2026-12-25", Period.workingDays(10));
        assertThat(dl.provisional()).isTrue();
        assertThat(dl.unloadedYears()).containsExactly(2027);
        assertThat(dl.basis()).contains("2027年度", "待公布");
        // weekends only in 2027: 12-28..12-31 (4), 01-01 Fri (5) … 01-08 (10)
        assertThat(dl.due()).isEqualTo(d("2027-01-08"));
    }

    @Test
    void aDeadlineInsideLoadedYearsIsNotProvisional() {
        assertThat(due("2026-12-01", Period.naturalDays(10)).provisional()).isFalse();
    }

    @Test
    void theStatutoryBasisIsNamedInTheBasisText() {
        Deadline dl = due("2025-09-26", Period.workingDays(5).withBasis("行政复议法(2023)第三十条"));
        assertThat(dl.basis()).endsWith("期间依据:行政复议法(2023)第三十条");
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToAndIncludingTheEnd() {
        assertThat(PeriodRules.workingDaysBetween(TABLE, d("2025-09-30"), d("2025-10-11"))).isEqualTo(3);
        assertThat(PeriodRules.workingDaysBetween(TABLE, d("2025-10-11"), d("2025-09-30"))).isEqualTo(-3);
        assertThat(PeriodRules.workingDaysBetween(TABLE, d("2025-10-01"), d("2025-10-01"))).isZero();
    }

    @Test
    void anAmountBelowOneOrAbsurdlyLargeIsAChineseValidationError() {
        assertThatThrownBy(() -> Period.workingDays(0)).isInstanceOf(BusinessException.class).hasMessageContaining("至少为 1");
        assertThatThrownBy(() -> Period.naturalDays(-3)).isInstanceOf(BusinessException.class).hasMessageContaining("至少为 1");
        assertThatThrownBy(() -> Period.naturalDays(3651)).isInstanceOf(BusinessException.class).hasMessageContaining("不能超过 3650");
        assertThatThrownBy(() -> Period.months(121)).isInstanceOf(BusinessException.class).hasMessageContaining("不能超过 120");
    }

    @Test
    void anUnknownUnitIsAChineseErrorListingTheValidUnits() {
        assertThatThrownBy(() -> PeriodUnit.parse("unit", "WEEKS")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("WEEKS").hasMessageContaining("WORKING_DAYS").hasMessageContaining("NATURAL_DAYS")
                .hasMessageContaining("MONTHS");
        assertThat(PeriodUnit.parse("unit", "working_days")).isEqualTo(PeriodUnit.WORKING_DAYS);
    }
}
