package cn.fazhi.platform.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A year's notice as an administrator enters it (API {@code POST /api/calendar/notices} and the admin page).
 * Dates are ISO text so that a malformed one gets a Chinese message naming it rather than a parse failure.
 *
 * @param replace  (optional, default false) replace the year's arrangement when one is loaded (e.g. a corrected or supplementary notice)
 */
public record NoticeInput(Integer year, String noticeNo, String publishedOn, String title, String source,
        String remarks, List<DayInput> offDays, List<DayInput> workdays, Boolean replace) {

    public NoticeInput {
        offDays = offDays == null ? List.of() : List.copyOf(offDays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
        replace = Boolean.TRUE.equals(replace);
    }

    /**
     * One listed day: {@code {"date":"2027-01-01","name":"元旦"}}, or just {@code "2027-02-06"} for a worked day.
     * {@code noticeNo} is set only when a supplementary notice set this day (e.g. 国办发明电〔2019〕3号).
     */
    public record DayInput(String date, String name, String noticeNo) {

        @JsonCreator
        public DayInput(@JsonProperty("date") String date, @JsonProperty("name") String name,
                @JsonProperty("noticeNo") String noticeNo) {
            this.date = date;
            this.name = name;
            this.noticeNo = noticeNo;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static DayInput of(String date) {
            return new DayInput(date, null, null);
        }
    }
}
