package cn.fazhi.platform.metrics.web;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricsPermissions;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.org.OrgUnits;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /metrics}: the catalogue as a table; choosing a metric, an organisation and a period shows the value (with
 * numerator and denominator for a rate) and the records behind it as links. A bad period or an organisation out of
 * scope is shown on the page as a message, not as an error page.
 */
@Controller
class MetricsPages {

    private final MetricCatalogue catalogue;
    private final OrgUnits orgUnits;
    private final Clock clock;

    MetricsPages(MetricCatalogue catalogue, OrgUnits orgUnits, Clock clock) {
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @GetMapping("/metrics")
    String index(@RequestParam(required = false) String name, @RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "false") boolean subordinates,
            @RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page, Model model) {
        FazhiPrincipal me = CurrentUser.get();
        Access.require(me, MetricsPermissions.READ);
        String periodText = period == null || period.isBlank() ? String.valueOf(LocalDate.now(clock).getYear()) : period;
        long org = orgId == null ? me.orgId() : orgId;
        model.addAttribute("definitions", catalogue.definitions());
        model.addAttribute("declared", catalogue.definitions().stream().map(MetricDefinition::name)
                .filter(catalogue::isDeclared).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("orgs", orgUnits.treeInScope(me));
        model.addAttribute("name", name);
        model.addAttribute("orgId", org);
        model.addAttribute("subordinates", subordinates);
        model.addAttribute("period", periodText);
        if (name != null && !name.isBlank()) {
            try {
                MetricDefinition d = catalogue.get(name);
                MetricQuery q = new MetricQuery(org, subordinates, MetricPeriod.parse(periodText));
                model.addAttribute("definition", d);
                model.addAttribute("value", catalogue.value(name, q, me));
                model.addAttribute("records", catalogue.records(name, q, Math.max(page, 0), 50, me));
            } catch (BusinessException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "metrics/index";
    }
}
