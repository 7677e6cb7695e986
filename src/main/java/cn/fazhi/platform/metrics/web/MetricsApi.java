package cn.fazhi.platform.metrics.web;

import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.FazhiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/metrics")
@Tag(name = "统计指标", description = "指标目录:每个统计数字一个名称、口径与来源;按单位(可含下级)与期间计算,并列出其来源记录")
class MetricsApi {

    private final MetricCatalogue catalogue;
    private final Clock clock;

    MetricsApi(MetricCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** A catalogue entry as the API shows it. */
    record DefinitionDto(String name, String label, String unit, String unitSymbol, String kind, String definition,
            int definitionVersion, String source, boolean declared) {
        static DefinitionDto of(MetricDefinition d, boolean declared) {
            return new DefinitionDto(d.name(), d.label(), d.unit().name(), d.unit().symbol(), d.kind().name(),
                    d.definition(), d.definitionVersion(), d.source(), declared);
        }
    }

    /** A value as the API shows it. */
    record ValueDto(String name, String label, String unit, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, long orgId, boolean subordinates, String period, String periodStart,
            String periodEnd, int definitionVersion) {
    }

    @GetMapping
    @Operation(summary = "指标目录", description = "全部统计指标的名称、中文名称、单位、口径(含版本)与来源,"
            + "declared 标明是单位申报的指标(true)还是由系统记录计算的指标(false);需要登录")
    List<DefinitionDto> catalogue() {
        CurrentUser.get();
        return catalogue.definitions().stream().map(d -> DefinitionDto.of(d, catalogue.isDeclared(d.name())))
                .toList();
    }

    @GetMapping("/{name}")
    @Operation(summary = "指标值", description = "按单位(subordinates=true 含下级)与统计期间(2017、2017H1、2017Q3 或 "
            + "2017-01-01/2017-06-30)计算指标值;比率指标同时给出分子与分母。需要 metrics:read,单位须在本人数据范围内;"
            + "未知指标 404,期间格式错误 400")
    ValueDto value(@PathVariable String name,
            @Parameter(description = "单位编号,默认本人所在单位") @RequestParam(required = false) Long orgId,
            @Parameter(description = "是否含下级单位") @RequestParam(defaultValue = "false") boolean subordinates,
            @Parameter(description = "统计期间,默认本年度") @RequestParam(required = false) String period) {
        FazhiPrincipal me = CurrentUser.get();
        MetricDefinition d = catalogue.get(name);
        MetricQuery query = query(me, orgId, subordinates, period);
        MetricValue v = catalogue.value(name, query, me);
        return new ValueDto(d.name(), d.label(), d.unit().symbol(), v.value(), v.numerator(), v.denominator(),
                query.orgId(), query.withSubordinates(), query.period().code(), query.period().start().toString(),
                query.period().end().toString(), d.definitionVersion());
    }

    @GetMapping("/{name}/records")
    @Operation(summary = "指标来源记录", description = "列出构成指标值的记录(任务、报告等)及其页面链接,分页(page 从 0 开始);"
            + "比率指标列出分母的记录并标明是否计入分子")
    MetricRecordPage records(@PathVariable String name, @RequestParam(required = false) Long orgId,
            @RequestParam(defaultValue = "false") boolean subordinates, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        FazhiPrincipal me = CurrentUser.get();
        catalogue.get(name);
        return catalogue.records(name, query(me, orgId, subordinates, period), page, size, me);
    }

    private MetricQuery query(FazhiPrincipal me, Long orgId, boolean subordinates, String period) {
        MetricPeriod p = period == null || period.isBlank()
                ? MetricPeriod.year(LocalDate.now(clock).getYear()) : MetricPeriod.parse(period);
        return new MetricQuery(orgId == null ? me.orgId() : orgId, subordinates, p);
    }
}
