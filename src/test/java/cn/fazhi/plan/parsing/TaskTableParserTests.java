package cn.fazhi.plan.parsing;

import static cn.fazhi.plan.parsing.TestDocuments.grid;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.plan.parsing.ParsedTask.DeadlineKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Task-division tables given as grids (merged cells already filled, as the document reader gives them). */
class TaskTableParserTests {

    final TaskTableParser parser = new TaskTableParser();

    @Test
    void headerAreaRowsMergedTaskRowsAndAnAreaColumn() {
        List<List<String>> table = grid(
                new String[] {"示范市法治政府建设任务分工表", "示范市法治政府建设任务分工表", "示范市法治政府建设任务分工表", "示范市法治政府建设任务分工表", "示范市法治政府建设任务分工表"},
                new String[] {"序 号", "领域", "主要任务", "牵头单位", "责任单位", "完成时限"},
                new String[] {"一、依法全面履行政府职能", "一、依法全面履行政府职能", "一、依法全面履行政府职能", "一、依法全面履行政府职能", "一、依法全面履行政府职能", "一、依法全面履行政府职能"},
                new String[] {"1", "政务服务", "推行“一网通办”", "市行政审批局", "市大数据局", "2025年底"},
                new String[] {"2", "政务服务", "规范县(市、区)中介服务", "市发改委", "市财政局", "2026年6月30日前"},
                new String[] {"2", "政务服务", "规范县(市、区)中介服务", "市发改委", "市市场监管局", "2026年6月30日前"},
                new String[] {"3", "政务服务", "完善权责清单", "市编办、市司法局", "", "每年"},
                new String[] {"二、健全依法决策机制", "二、健全依法决策机制", "二、健全依法决策机制", "二、健全依法决策机制", "二、健全依法决策机制", "二、健全依法决策机制"},
                new String[] {"4", "重大决策", "落实合法性审查", "各牵头单位落实", "", "长期坚持"});
        ParsedPlan plan = parser.parse(table);
        assertThat(plan.title()).isEqualTo("示范市法治政府建设任务分工表");
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3, 4);
        ParsedTask t2 = plan.tasks().get(1);
        assertThat(t2.area()).isEqualTo("依法全面履行政府职能");
        assertThat(t2.subArea()).isEqualTo("政务服务");
        assertThat(t2.text()).isEqualTo("规范县(市、区)中介服务");
        assertThat(t2.leadUnits()).containsExactly("市发改委");
        assertThat(t2.responsibleUnits()).containsExactly("市财政局", "市市场监管局");
        assertThat(t2.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(plan.tasks().get(2).leadUnits()).containsExactly("市编办", "市司法局");
        assertThat(plan.tasks().get(2).deadlineKind()).isEqualTo(DeadlineKind.RECURRING);
        ParsedTask t4 = plan.tasks().get(3);
        assertThat(t4.area()).isEqualTo("健全依法决策机制");
        assertThat(t4.subArea()).isEqualTo("重大决策");
        assertThat(t4.leadUnits()).containsExactly("市行政审批局", "市发改委", "市编办", "市司法局");
        assertThat(plan.warnings()).extracting(ParseWarning::code).containsExactly("MULTIPLE_LEAD_UNITS", "ALL_LEAD_UNITS");
    }

    @Test
    void onlyAResponsibleUnitColumnAndNoNumberColumn() {
        ParsedPlan plan = parser.parse(grid(
                new String[] {"工作任务", "责任单位", "时限"},
                new String[] {"(一)加强法治宣传", "", ""},
                new String[] {"开展宪法宣传周活动", "县司法局", "每年12月"},
                new String[] {"落实普法责任制", "县委宣传部 县司法局", "2025年底前"}));
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2);
        assertThat(plan.tasks().get(0).area()).isEqualTo("加强法治宣传");
        assertThat(plan.tasks().get(0).leadUnits()).containsExactly("县司法局");
        assertThat(plan.tasks().get(1).leadUnits()).containsExactly("县委宣传部", "县司法局");
        assertThat(plan.warnings()).extracting(ParseWarning::code).contains("RESPONSIBLE_AS_LEAD");
    }

    @Test
    void aGridWithoutATaskHeaderGivesNoTasks() {
        ParsedPlan plan = parser.parse(grid(new String[] {"姓名", "电话"}, new String[] {"张三", "123"}));
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("NO_TASKS");
            assertThat(w.message()).contains("表头");
        });
        assertThat(parser.parse(null).warnings()).extracting(ParseWarning::code).containsExactly("NO_TASKS");
        assertThat(parser.parse(Arrays.asList(null, Arrays.asList("序号", null, "工作任务", "牵头单位"), Arrays.asList("1", null, "任务", null)))
                .tasks()).hasSize(1);
    }

    @Test
    void aTwoRowHeaderWithResponsibleUnitsSplitIntoLeadAndAssisting() {
        ParsedPlan plan = parser.parse(grid(
                new String[] {"序号", "工作任务", "责任单位", "责任单位", "完成时限"},
                new String[] {"序号", "工作任务", "牵头单位", "配合单位", "完成时限"},
                new String[] {"1", "推行行政执法公示", "市司法局", "市公安局、市城管局", "2025年底前"},
                new String[] {"序号", "工作任务", "牵头单位", "配合单位", "完成时限"},
                new String[] {"2", "规范涉企检查", "市市场监管局", "", "2026年3月底前"}));
        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.tasks().get(0).leadUnits()).containsExactly("市司法局");
        assertThat(plan.tasks().get(0).responsibleUnits()).containsExactly("市公安局", "市城管局");
        assertThat(plan.tasks().get(1).deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(plan.warnings()).isEmpty();
    }
}
