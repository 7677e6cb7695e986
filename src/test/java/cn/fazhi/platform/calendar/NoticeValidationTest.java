package cn.fazhi.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.calendar.NoticeInput.DayInput;
import cn.fazhi.platform.kernel.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on an entered notice, without a database. */
class NoticeValidationTest {

    static NoticeInput notice(int year, List<DayInput> off, List<DayInput> work) {
        return new NoticeInput(year, "国办发明电〔" + (year - 1) + "〕1号", (year - 1) + "-11-10", null, null, null, off, work, false);
    }

    static DayInput day(String date, String name) {
        return new DayInput(date, name, null);
    }

    @Test
    void aWeekendDayOffInsideAHolidayBlockIsAcceptedWithoutWarning() {
        // 2015 端午: 06-20 Sat off, 06-21 Sun, 06-22 Mon 补休
        var v = HolidayNoticeService.validate(notice(2015, List.of(day("2015-06-20", "端午节"), day("2015-06-22", "端午节")), List.of()));
        assertThat(v.warnings()).isEmpty();
        assertThat(v.notice().days()).hasSize(2);
    }

    @Test
    void aLoneWeekendDayOffIsAcceptedWithAWarning() {
        // 2015 中秋节 fell on Sunday 09-27 and the notice lists it alone
        var v = HolidayNoticeService.validate(notice(2015, List.of(day("2015-09-27", "中秋节")), List.of()));
        assertThat(v.warnings()).singleElement().asString().contains("2015-09-27", "周末");
    }

    @Test
    void daysOfTheLastWeekOfThePreviousDecemberBelongToTheNoticeButNotEarlierOnes() {
        var v = HolidayNoticeService.validate(notice(2019, List.of(day("2018-12-30", "元旦"), day("2018-12-31", "元旦"),
                day("2019-01-01", "元旦")), List.of(new DayInput("2018-12-29", "元旦", null))));
        assertThat(v.notice().days()).hasSize(4);
        assertThatThrownBy(() -> HolidayNoticeService.validate(notice(2019, List.of(day("2018-12-01", "元旦")), List.of())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("未保存")
                .satisfies(e -> assertThat(((BusinessException) e).fieldErrors()).singleElement().extracting(BusinessException.FieldError::message)
                        .asString().contains("不在2019年度内"));
    }

    @Test
    void missingHeaderFieldsAndEmptyDaysAreEachReported() {
        assertThatThrownBy(() -> HolidayNoticeService.validate(new NoticeInput(null, " ", null, null, null, null, null, null, null)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).fieldErrors()).extracting(BusinessException.FieldError::field)
                        .contains("year", "noticeNo", "publishedOn", "offDays"));
    }

    @Test
    void aDayOffWithoutANameIsRejected() {
        assertThatThrownBy(() -> HolidayNoticeService.validate(notice(2027, List.of(day("2027-01-01", null)), List.of())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("1 处错误");
    }

    @Test
    void aSupplementaryNoticeNumberIsKeptOnItsRows() {
        var v = HolidayNoticeService.validate(notice(2019, List.of(new DayInput("2019-05-02", "劳动节", "国办发明电〔2019〕3号"),
                day("2019-05-01", "劳动节")), List.of()));
        assertThat(v.notice().days()).extracting(NoticeDay::noticeNo).containsExactly("国办发明电〔2018〕1号", "国办发明电〔2019〕3号");
    }
}
