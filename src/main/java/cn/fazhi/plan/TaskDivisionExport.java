package cn.fazhi.plan;

import cn.fazhi.platform.documents.XlsxTable;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * 任务分工表 as .xlsx: title row, header 序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限, a merged row for each area and
 * sub-area, the tasks in number order — the tasks the user may see.
 */
@Service
public class TaskDivisionExport {

    private final Plans plans;

    TaskDivisionExport(Plans plans) {
        this.plans = plans;
    }

    public byte[] export(Plan plan, FazhiPrincipal actor) {
        List<PlanTask> tasks = plans.allTasks(plan, actor);
        Map<String, String> labels = new HashMap<>();
        for (PlanSection s : plans.sections(plan)) {
            labels.putIfAbsent(s.level() + "\u001f" + s.title(), s.label());
        }
        XlsxTable table = XlsxTable.sheet("任务分工表").title(plan.title() + "任务分工表")
                .column("序号", 5, true).column("工作任务", 46).column("牵头单位", 14, true).column("责任单位", 16, true)
                .column("完成时限", 10, true);
        String area = null;
        String subArea = null;
        for (PlanTask t : tasks) {
            if (t.area() != null && !Objects.equals(t.area(), area)) {
                table.group(labels.getOrDefault("1\u001f" + t.area(), "") + t.area());
                subArea = null;
            }
            area = t.area();
            if (t.subArea() != null && !Objects.equals(t.subArea(), subArea)) {
                table.group(labels.getOrDefault("2\u001f" + t.subArea(), "") + t.subArea());
            }
            subArea = t.subArea();
            table.row(String.valueOf(t.number()), t.text(), t.leadUnitsLabel(), t.responsibleLabel(), t.deadlineLabel());
        }
        return table.toBytes();
    }

    /** The download name: "<title>任务分工表.xlsx". */
    public static String filename(Plan plan) {
        String base = plan.title().replaceAll("[\\\\/:*?\"<>|\\r\\n]", " ");
        return (base.length() > 80 ? base.substring(0, 80) : base) + "任务分工表.xlsx";
    }
}
