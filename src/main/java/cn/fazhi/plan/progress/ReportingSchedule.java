package cn.fazhi.plan.progress;

import cn.fazhi.plan.ReportingCycle;
import cn.fazhi.platform.calendar.Deadline;
import cn.fazhi.platform.calendar.Period;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting periods a plan sets and each report's due date. Every due date comes from the statutory calendar.
 * <ul>
 * <li>Yearly reports: by the end of the first quarter of the next year — seed 002 task 131
 * ("每年第一季度…报告上一年度…进展情况"): three months after 31 December, i.e. 31 March, rolled over to the next
 * working day when it is a rest day (民法典 第二百零三条).</li>
 * <li>Quarterly and half-yearly reports: 10 working days after the period ends. This is a plan-level rule of ours
 * (the seed plan sets only a yearly report), not a statutory one.</li>
 * </ul>
 */
public final class ReportingSchedule {

    static final String YEARLY_BASIS = "实施方案第131项:每年第一季度报告上一年度进展情况(期满为次年3月31日)";
    static final String SHORT_BASIS = "本平台规则:季度、半年进展于报告期结束后10个工作日内报送";

    private ReportingSchedule() {
    }

    /** The periods of every year of the plan, in order. */
    public static List<ReportingPeriod> periods(ReportingCycle cycle, int startYear, int endYear) {
        List<ReportingPeriod> list = new ArrayList<>();
        for (int y = startYear; y <= endYear; y++) {
            switch (cycle) {
                case YEARLY -> list.add(ReportingPeriod.year(y));
                case HALF_YEARLY -> {
                    list.add(ReportingPeriod.half(y, 1));
                    list.add(ReportingPeriod.half(y, 2));
                }
                case QUARTERLY -> {
                    for (int q = 1; q <= 4; q++) {
                        list.add(ReportingPeriod.quarter(y, q));
                    }
                }
            }
        }
        return list;
    }

    /** Parses a period code and checks it belongs to the plan's cycle and years. */
    public static ReportingPeriod period(ReportingCycle cycle, int startYear, int endYear, String field, String code) {
        ReportingPeriod p = ReportingPeriod.parse(field, code);
        if (p.cycle() != cycle) {
            throw BusinessException.invalid(field, "报告期“" + code + "”与方案的报告周期(" + cycle.label() + ")不符");
        }
        if (p.year() < startYear || p.year() > endYear) {
            throw BusinessException.invalid(field, "报告期“" + code + "”不在方案实施期(" + startYear + "—" + endYear + "年)内");
        }
        return p;
    }

    /** The due date of the report for {@code period}, with its basis and the provisional flag. */
    public static Deadline due(ReportingPeriod period, StatutoryCalendar calendar) {
        return switch (period.cycle()) {
            // 实施方案第131项: 每年第一季度…报告上一年度…进展情况
            case YEARLY -> calendar.due(period.end(), Period.months(3).withBasis(YEARLY_BASIS));
            // plan-level rule of ours: 10 working days after a quarter or half year ends
            case QUARTERLY, HALF_YEARLY -> calendar.due(period.end(), Period.workingDays(10).withBasis(SHORT_BASIS));
        };
    }
}
