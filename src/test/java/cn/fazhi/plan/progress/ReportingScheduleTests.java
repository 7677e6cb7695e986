package cn.fazhi.plan.progress;

import cn.fazhi.plan.ReportingCycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reporting periods and due dates on the real statutory calendar (notices 2015–2026 loaded by V5). */
@PlanProgressTest
class ReportingScheduleTests {

    @Autowired StatutoryCalendar calendar;

    @Test
    void aYearlyReportIsDueOn31MarchOfTheNextYear() {
        Deadline d = ReportingSchedule.due(ReportingPeriod.year(2016), calendar);
        assertThat(d.due()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(d.provisional()).isFalse();
        assertThat(d.basis()).contains("实施方案第131项");
        assertThat(ReportingSchedule.due(ReportingPeriod.year(2025), calendar).due()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aYearlyReportWhose31MarchIsASaturdayIsDueTheNextWorkingDay() {
        // 2018-03-31 is a Saturday: the period ends on the next working day, Monday 2 April (民法典 第二百零三条)
        assertThat(ReportingSchedule.due(ReportingPeriod.year(2017), calendar).due()).isEqualTo(LocalDate.of(2018, 4, 2));
    }

    @Test
    void aQuarterlyReportIsDue10WorkingDaysAfterTheQuarterAcrossNationalDayWithAMakeUpSaturday() {
        // 2025-09-30 + 10 working days: 10-01..10-08 off (国庆+中秋), 10-11 (Saturday) is a make-up working day
        assertThat(calendar.isWorkday(LocalDate.of(2025, 10, 11))).isTrue();
        Deadline d = ReportingSchedule.due(ReportingPeriod.quarter(2025, 3), calendar);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(d.basis()).contains("10个工作日");
        // without the make-up Saturday it would be 10-22
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 21))).isEqualTo(10);
    }

    @Test
    void aHalfYearlyReportIsDue10WorkingDaysAfterJune() {
        // 2026-06-30 (Tue) + 10 working days = 2026-07-14 (Tue)
        assertThat(ReportingSchedule.due(ReportingPeriod.half(2026, 1), calendar).due()).isEqualTo(LocalDate.of(2026, 7, 14));
    }

    @Test
    void aDueDateInAYearWithoutANoticeIsProvisional() {
        Deadline d = ReportingSchedule.due(ReportingPeriod.year(2026), calendar);
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(d.provisional()).isTrue();
        assertThat(d.unloadedYears()).containsExactly(2027);
    }

    @Test
    void periodsCoverEveryYearOfThePlanInOrder() {
        assertThat(ReportingSchedule.periods(ReportingCycle.QUARTERLY, 2017, 2018)).extracting(ReportingPeriod::code)
                .containsExactly("2017Q1", "2017Q2", "2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4");
        assertThat(ReportingSchedule.periods(ReportingCycle.HALF_YEARLY, 2017, 2017)).extracting(ReportingPeriod::code)
                .containsExactly("2017H1", "2017H2");
        assertThat(ReportingSchedule.periods(ReportingCycle.YEARLY, 2016, 2020)).extracting(ReportingPeriod::end)
                .first().isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(ReportingPeriod.quarter(2017, 3).label()).isEqualTo("2017年第三季度");
        assertThat(ReportingPeriod.parse("p", "2017q3").end()).isEqualTo(LocalDate.of(2017, 9, 30));
    }

    @Test
    void aMalformedPeriodCodeIsAChineseValidationError() {
        assertThatThrownBy(() -> ReportingPeriod.parse("periodCode", "2017H3")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("半年只有 H1、H2");
        assertThatThrownBy(() -> ReportingPeriod.parse("periodCode", "第三季度")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("报告期“第三季度”无效");
    }
}
