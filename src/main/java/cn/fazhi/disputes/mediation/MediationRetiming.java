package cn.fazhi.disputes.mediation;

import cn.fazhi.disputes.support.AggregateRetiming;
import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Administrative mediation as a {@link DeadlineProcess}: the time limit and confirmation window re-timed. */
@Configuration(proxyBeanMethods = false)
class MediationRetiming {

    @Bean
    DeadlineProcess mediationDeadlines(MediationCases cases, MediationService service, DeadlineStore store,
            StatutoryCalendar calendar) {
        return new AggregateRetiming<MediationCase>(DeadlineTable.MEDIATION, "mediation_case", store,
                cases::findForSystem, MediationCase::deadlines,
                m -> m.retime(calendar::due, service.limitDays(), service.extensionDays()),
                m -> m.applicant() + " 与 " + m.otherParty());
    }
}
