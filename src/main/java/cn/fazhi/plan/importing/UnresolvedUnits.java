package cn.fazhi.plan.importing;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.List;

/** Confirming an import while unit names are still unresolved: refused (HTTP 422) with the names. */
public class UnresolvedUnits extends BusinessException {

    private final List<String> names;

    public UnresolvedUnits(List<String> names) {
        super("UNRESOLVED_UNITS", "以下单位名称尚未对应到组织机构,请逐一指定或新建后再确认导入:" + String.join("、", names), 422,
                names.stream().map(n -> new FieldError("unitMappings", n)).toList());
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}
