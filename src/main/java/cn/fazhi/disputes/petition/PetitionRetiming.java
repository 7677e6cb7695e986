package cn.fazhi.disputes.petition;

import cn.fazhi.disputes.support.AggregateRetiming;
import cn.fazhi.disputes.support.DeadlineProcess;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Petitions as a {@link DeadlineProcess}: the 信访工作条例 periods re-timed from the petition's dates. */
@Configuration(proxyBeanMethods = false)
class PetitionRetiming {

    @Bean
    DeadlineProcess petitionDeadlines(Petitions petitions, DeadlineStore store, StatutoryCalendar calendar) {
        return new AggregateRetiming<Petition>(DeadlineTable.PETITION, "petition", store, petitions::findForSystem,
                Petition::deadlines, p -> p.retime(calendar::due),
                p -> p.petitioner() + ":" + (p.matter().length() > 30 ? p.matter().substring(0, 30) + "…" : p.matter()));
    }
}
