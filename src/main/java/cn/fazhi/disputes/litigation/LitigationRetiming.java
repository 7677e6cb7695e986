package cn.fazhi.disputes.litigation;

import cn.fazhi.disputes.support.AggregateRetiming;
import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Litigation response as a {@link DeadlineProcess}: the defence and appeal windows re-timed from the case's dates. */
@Configuration(proxyBeanMethods = false)
class LitigationRetiming {

    @Bean
    DeadlineProcess litigationDeadlines(LitigationCases cases, DeadlineStore store, StatutoryCalendar calendar) {
        return new AggregateRetiming<LitigationCase>(DeadlineTable.LITIGATION, "litigation_case", store,
                cases::findForSystem, LitigationCase::deadlines, c -> c.retime(calendar::due), LitigationCase::caseNumber);
    }
}
