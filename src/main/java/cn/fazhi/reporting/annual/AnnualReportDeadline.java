package cn.fazhi.reporting.annual;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * When the annual report must be public: 法治政府建设与责任落实督察工作规定 (厅字〔2019〕28号) 第二十四条 — every year,
 * before 1 April, the previous year's reports of local governments and of county-level-and-above departments are
 * published through newspapers, websites or other media (domain-rules.md §11.1). A fixed calendar date, not a period,
 * so it is not counted through the statutory calendar.
 */
@Component
public class AnnualReportDeadline {

    /** The publication due date of the report on {@code reportYear}: 1 April of the next year. */
    public LocalDate dueOn(int reportYear) {
        return LocalDate.of(reportYear + 1, 4, 1);
    }

    /** "年度报告应于2026年4月1日前公开". */
    public String dueText(int reportYear) {
        LocalDate d = dueOn(reportYear);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日前";
    }
}
