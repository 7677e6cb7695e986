package cn.fazhi.plan.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.plan.parsing.ParsedTask.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans of other shapes, written for these tests (no seed text). */
class PlanParserTests {

    final PlanParser parser = new PlanParser();

    static List<String> codes(ParsedPlan plan) {
        return plan.warnings().stream().map(ParseWarning::code).toList();
    }

    @Test
    void traditionalCharactersFullWidthBracketsAndStraySpaces() {
        String text = """
                某某縣法治政府建設實施方案
                一、主要任務
                （一）依法履行政府職能
                １．深化行政審批改革
                （1）推進審批事項清單管理，實行動態調整。（牽頭單位：縣司法局、縣財政局。2017年底完成）
                ( 2 ) 規範中介服務，清理縣（市、區）收費項目。（責任單位：縣公安局。2018年6月底前）
                （3）長期任務示例。（牽頭單位：縣司法局。長期堅持）
                2 . 加強監督
                （4）共同任務示例。（各牽頭單位落實）
                （5）完善監督制度。 （牽頭單位：縣審計局，持續推進。）
                （二） 提高依法行政能力
                3、加強學法
                （6）每年舉辦專題培訓。（牽頭單位：縣司法局。年底前）
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.title()).isEqualTo("某某縣法治政府建設實施方案");
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3, 4, 5, 6);
        ParsedTask t1 = plan.tasks().get(0);
        assertThat(t1.area()).isEqualTo("依法履行政府職能");
        assertThat(t1.subArea()).isEqualTo("深化行政審批改革");
        assertThat(t1.text()).isEqualTo("推進審批事項清單管理，實行動態調整。");
        assertThat(t1.leadUnits()).containsExactly("縣司法局", "縣財政局");
        assertThat(t1.deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
        ParsedTask t2 = plan.tasks().get(1);
        assertThat(t2.text()).contains("縣（市、區）收費項目");
        assertThat(t2.leadUnits()).containsExactly("縣公安局");
        assertThat(t2.deadline()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(plan.tasks().get(2).deadlineKind()).isEqualTo(DeadlineKind.CONTINUOUS);
        assertThat(plan.tasks().get(2).deadlineText()).isEqualTo("長期堅持");
        ParsedTask t4 = plan.tasks().get(3);
        assertThat(t4.subArea()).isEqualTo("加強監督");
        assertThat(t4.leadUnits()).containsExactly("縣司法局", "縣財政局", "縣公安局", "縣審計局");
        assertThat(plan.tasks().get(4).leadUnits()).containsExactly("縣審計局");
        assertThat(plan.tasks().get(4).deadlineKind()).isEqualTo(DeadlineKind.CONTINUOUS);
        ParsedTask t6 = plan.tasks().get(5);
        assertThat(t6.area()).isEqualTo("提高依法行政能力");
        assertThat(t6.subArea()).isEqualTo("加強學法");
        assertThat(t6.deadlineKind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(t6.deadline()).isNull();
        assertThat(codes(plan)).contains("MULTIPLE_LEAD_UNITS", "RESPONSIBLE_AS_LEAD", "ALL_LEAD_UNITS")
                .doesNotContain("NO_LEAD_UNIT", "NUMBERING_GAP", "UNREADABLE_DEADLINE");
    }

    @Test
    void unitsAndDeadlineOnTheirOwnLinesAfterEachTask() {
        String text = """
                关于推进示范区依法治理工作的实施方案
                一、重点任务
                1.建立工作台账,明确责任人。
                责任单位:区司法局
                完成时限:2024年12月31日前
                2.开展专项检查,
                发现问题及时整改。
                责任单位:区市场监管局、区公安局
                完成时限:年底前
                3.总结经验做法。
                牵头单位:区政府办公室
                责任单位:区司法局 区财政局
                完成时限:长期坚持
                二、保障措施
                各部门要高度重视,加强协调配合。
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.tasks()).hasSize(3);
        ParsedTask t1 = plan.tasks().get(0);
        assertThat(t1.area()).isEqualTo("重点任务");
        assertThat(t1.subArea()).isNull();
        assertThat(t1.text()).isEqualTo("建立工作台账,明确责任人。");
        assertThat(t1.leadUnits()).containsExactly("区司法局");
        assertThat(t1.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        ParsedTask t2 = plan.tasks().get(1);
        assertThat(t2.text()).isEqualTo("开展专项检查,发现问题及时整改。");
        assertThat(t2.leadUnits()).containsExactly("区市场监管局", "区公安局");
        assertThat(t2.deadlineKind()).isEqualTo(DeadlineKind.RECURRING);
        ParsedTask t3 = plan.tasks().get(2);
        assertThat(t3.leadUnits()).containsExactly("区政府办公室");
        assertThat(t3.responsibleUnits()).containsExactly("区司法局", "区财政局");
        assertThat(t3.deadlineKind()).isEqualTo(DeadlineKind.CONTINUOUS);
        assertThat(t3.text()).isEqualTo("总结经验做法。");
        assertThat(codes(plan)).contains("RESPONSIBLE_AS_LEAD", "MULTIPLE_LEAD_UNITS").doesNotContain("NO_LEAD_UNIT");
    }

    @Test
    void aTaskDivisionTableFlattenedToTextWithTabs() {
        String text = "示范市2024年法治政府建设任务分工表\n"
                + "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
                + "一、依法全面履行政府职能\n"
                + "1\t编制权责清单并动态调整\t市司法局\t市财政局、市公安局\t2024年6月底前\n"
                + "2\t深化“放管服”改革,推进县(市、区)审批事项下放\t市行政审批局\t\t2024年底\n"
                + "二、严格规范公正文明执法\n"
                + "3\t推行行政执法三项制度\t市司法局\t各责任单位落实\t持续推进\n";
        ParsedPlan plan = parser.read(text);
        assertThat(plan.title()).isEqualTo("示范市2024年法治政府建设任务分工表");
        assertThat(plan.tasks()).hasSize(3);
        ParsedTask t1 = plan.tasks().get(0);
        assertThat(t1.area()).isEqualTo("依法全面履行政府职能");
        assertThat(t1.text()).isEqualTo("编制权责清单并动态调整");
        assertThat(t1.leadUnits()).containsExactly("市司法局");
        assertThat(t1.responsibleUnits()).containsExactly("市财政局", "市公安局");
        assertThat(t1.deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        ParsedTask t2 = plan.tasks().get(1);
        assertThat(t2.responsibleUnits()).isEmpty();
        assertThat(t2.deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(t2.text()).contains("县(市、区)");
        ParsedTask t3 = plan.tasks().get(2);
        assertThat(t3.area()).isEqualTo("严格规范公正文明执法");
        assertThat(t3.responsibleUnits()).containsExactly(ParsedTask.ALL_RESPONSIBLE_UNITS);
        assertThat(t3.deadlineKind()).isEqualTo(DeadlineKind.CONTINUOUS);
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aTaskDivisionTableFlattenedWithRunsOfSpaces() {
        String text = """
                序号   主要任务                      牵头单位      时限
                1      建立重大行政决策目录制度        市政府办公室   2025年3月底前
                2      开展行政规范性文件清理          市司法局       2025年底完成
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.tasks()).extracting(ParsedTask::text).containsExactly("建立重大行政决策目录制度", "开展行政规范性文件清理");
        assertThat(plan.tasks()).extracting(ParsedTask::deadline)
                .containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 12, 31));
        assertThat(plan.tasks().get(1).leadUnits()).containsExactly("市司法局");
    }

    @Test
    void aGapADuplicateAndAnUnreadableDeadlineAreWarnings() {
        String text = """
                一、任务
                (1)第一项。(牵头单位:市司法局。2017年底完成)
                (2)第二项。(牵头单位:市司法局。近期完成)
                (4)第四项。(牵头单位:市财政局。2018年底完成)
                (4)又一个第四项。(牵头单位:市财政局。2018年底完成)
                (5)没有单位的一项。
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 4, 4, 5);
        assertThat(plan.warnings()).anyMatch(w -> w.code().equals("NUMBERING_GAP") && w.taskNumber() == 4
                && w.message().contains("缺少(3)"));
        assertThat(plan.warnings()).anyMatch(w -> w.code().equals("DUPLICATE_NUMBER") && w.taskNumber() == 4);
        assertThat(plan.warnings()).anyMatch(w -> w.code().equals("UNREADABLE_DEADLINE") && w.taskNumber() == 2
                && w.message().contains("近期完成"));
        assertThat(plan.warnings()).anyMatch(w -> w.code().equals("NO_LEAD_UNIT") && w.taskNumber() == 5);
        assertThat(plan.tasks().get(1).deadlineText()).isEqualTo("近期完成");
        assertThat(plan.tasks().get(1).deadlineKind()).isEqualTo(DeadlineKind.NONE);
    }

    @Test
    void numberingThatRestartsInEachSectionIsRenumbered() {
        String text = """
                一、第一部分
                1.甲任务。(牵头单位:市司法局。2017年底完成)
                2.乙任务。(牵头单位:市财政局。2017年底完成)
                二、第二部分
                1.丙任务。(牵头单位:市公安局。2018年底完成)
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3);
        assertThat(plan.tasks().get(2).area()).isEqualTo("第二部分");
        assertThat(codes(plan)).containsExactly("NUMBERING_RESTARTS");
    }

    @Test
    void numberedGoalsInAPartWithoutUnitsAreNotTasks() {
        String text = """
                一、总体目标
                1.到2020年基本建成法治政府。
                2.政府职能依法全面履行。
                二、主要任务
                1.完善权责清单。(牵头单位:市编办。2017年底完成)
                2.推行执法公示。(牵头单位:市司法局。2018年底完成)
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.tasks()).extracting(ParsedTask::text).containsExactly("完善权责清单。", "推行执法公示。");
        assertThat(plan.tasks().get(0).area()).isEqualTo("主要任务");
        assertThat(plan.warnings()).anyMatch(w -> w.code().equals("IGNORED_ITEMS") && w.message().contains("2 个"));
    }

    @Test
    void xLeadsYAssistsAndAMissingClosingBracket() {
        String text = """
                (1)甲任务(试行)。(市司法局牵头,市公安局、市财政局配合,2019年第三季度完成)
                (2)乙任务。(牵头单位:市民政局;完成时限:2020年上半年
                """;
        ParsedPlan plan = parser.read(text);
        ParsedTask t1 = plan.tasks().get(0);
        assertThat(t1.text()).isEqualTo("甲任务(试行)。");
        assertThat(t1.leadUnits()).containsExactly("市司法局");
        assertThat(t1.responsibleUnits()).containsExactly("市公安局", "市财政局");
        assertThat(t1.deadline()).isEqualTo(LocalDate.of(2019, 9, 30));
        ParsedTask t2 = plan.tasks().get(1);
        assertThat(t2.text()).isEqualTo("乙任务。");
        assertThat(t2.leadUnits()).containsExactly("市民政局");
        assertThat(t2.deadline()).isEqualTo(LocalDate.of(2020, 6, 30));
    }

    @Test
    void textWithoutTasksGivesNoTasksWithAChineseMessage() {
        for (String text : new String[] {"", "   \n\n", "这是一段普通的文字,没有任何编号的任务。", "1.第一点\n2.第二点"}) {
            ParsedPlan plan = parser.parse(text);
            assertThat(plan.tasks()).isEmpty();
            assertThat(plan.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("NO_TASKS");
                assertThat(w.message()).contains("未识别出任务");
            });
        }
        assertThat(parser.parse(null).warnings()).extracting(ParseWarning::code).containsExactly("NO_TASKS");
    }

    @Test
    void deadlinesAsPlansWriteThem() {
        assertThat(Deadlines.read("2016年底完成").date()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(Deadlines.read("2017年底").date()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(Deadlines.read("2018年底完成。").date()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(Deadlines.read("2022年10月底前").date()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(Deadlines.read("2024年2月底前").date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Deadlines.read("2023年6月30日前").date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(Deadlines.read("2016—2018年").date()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(Deadlines.read("２０１７年底完成").date()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(Deadlines.read("2024-05-31").date()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(Deadlines.read("年底前").kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(Deadlines.read("每年").kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(Deadlines.read("持续推进").kind()).isEqualTo(DeadlineKind.CONTINUOUS);
        assertThat(Deadlines.read("長期堅持").kind()).isEqualTo(DeadlineKind.CONTINUOUS);
        assertThat(Deadlines.read(null).kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(Deadlines.read(null).readable()).isTrue();
        assertThat(Deadlines.read("2017年前完成").readable()).isFalse();
        assertThat(Deadlines.read("2017年起每年").kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(Deadlines.read("2016年起持续推进").kind()).isEqualTo(DeadlineKind.CONTINUOUS);
        assertThat(Deadlines.read("2016年内").date()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(Deadlines.read("2018年上半年完成").date()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(Deadlines.read("2017年13月底").readable()).isFalse();
        assertThat(Deadlines.read("适时").readable()).isFalse();
    }

    @Test
    void linesWrappedAsAPdfExtractsThemAndPageNumbersBetween() {
        String text = """
                示范市法治政府建设实施方案
                一、主要任务
                (一)完善制度
                1.健全规范性文件管理
                (1)严格规范性文件制定程序,未经合法性审查的不得提交,明确
                责任单位,细化目标任务,集体讨论。(牵头单位:市政府办公
                — 2 —
                室。2017年底完成)
                各部门要按照本方案抓好落实。
                (2)建立规范性文件定期清理制度。(牵头单位:市司法局。
                2018年底完成)
                第 3 页 共 9 页
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.tasks()).hasSize(2);
        ParsedTask t1 = plan.tasks().get(0);
        assertThat(t1.text()).isEqualTo("严格规范性文件制定程序,未经合法性审查的不得提交,明确责任单位,细化目标任务,集体讨论。");
        assertThat(t1.leadUnits()).containsExactly("市政府办公室");
        assertThat(t1.deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
        ParsedTask t2 = plan.tasks().get(1);
        assertThat(t2.leadUnits()).containsExactly("市司法局");
        assertThat(t2.deadline()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(t2.text()).isEqualTo("建立规范性文件定期清理制度。");
    }

    @Test
    void aWorkReportThatMentionsLeadUnitsInSentencesHasNoTasks() {
        String text = """
                关于2023年法治政府建设情况的报告
                一、主要工作
                (一)完善制度。我们明确了牵头单位和责任单位的职责,印发了《实施办法》(示发〔2023〕5号)。
                (二)加强执法。全年办理案件120件(2023年)。
                1.开展案卷评查,各责任单位认真整改。
                二、存在问题
                """;
        ParsedPlan plan = parser.read(text);
        assertThat(plan.tasks()).isEmpty();
        assertThat(codes(plan)).containsExactly("NO_TASKS");
    }

    @Test
    void aUnitNameWithBracketsStaysOneUnit() {
        ParsedPlan plan = parser.read("(1)推进综合执法。(牵头单位:市司法局;配合单位:各县(市、区)政府、市城管局。2017年底完成)");
        ParsedTask t = plan.tasks().get(0);
        assertThat(t.leadUnits()).containsExactly("市司法局");
        assertThat(t.responsibleUnits()).containsExactly("各县(市、区)政府", "市城管局");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void unitsAndDeadlineInTwoParentheses() {
        ParsedTask t = parser.read("(1)建立台账。(牵头单位:市编办)(2016年底完成)\n(2)公开目录。(牵头单位:市司法局)").tasks().get(0);
        assertThat(t.text()).isEqualTo("建立台账。");
        assertThat(t.leadUnits()).containsExactly("市编办");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void unlabelledUnitsNextToADeadlineOnlyWhenNamedLikeAUnit() {
        List<ParsedTask> tasks = parser.read("(1)甲。(市编办,2016年底完成)\n(2)乙。(2017年底前完成,报市政府备案)").tasks();
        assertThat(tasks.get(0).leadUnits()).containsExactly("市编办");
        assertThat(tasks.get(0).deadline()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(tasks.get(1).leadUnits()).isEmpty();
        assertThat(tasks.get(1).deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void spacesSeparateUnitsOnlyWhenEachPartIsAUnit() {
        List<ParsedTask> tasks = parser.read("""
                (1)甲。(牵头单位:区司法局 区财政局。2017年底完成)
                (2)乙。(牵头单位:市 编办。2017年底完成)
                (3)丙。(牵头单位:市 政 府 法 制 办,2018年底完成)
                """).tasks();
        assertThat(tasks.get(0).leadUnits()).containsExactly("区司法局", "区财政局");
        assertThat(tasks.get(1).leadUnits()).containsExactly("市 编办");
        assertThat(tasks.get(2).leadUnits()).containsExactly("市 政 府 法 制 办");
    }

    @Test
    void digitsInsideAUnitNameAreNotTakenForTheDeadlinesYear() {
        ParsedPlan plan = parser.parse("""
                (一)规范执法
                (1)开展执法案卷评查。(牵头单位:县测试中心c20958b1。持续推进)
                (2)建设执法信息平台。(牵头单位:第2019研究所、市编办2016年底完成)
                """);
        assertThat(plan.tasks()).hasSize(2);
        assertThat(plan.tasks().get(0).leadUnits()).containsExactly("县测试中心c20958b1");
        assertThat(plan.tasks().get(0).deadlineKind()).isEqualTo(ParsedTask.DeadlineKind.CONTINUOUS);
        // a year glued to a unit name still starts the deadline
        assertThat(plan.tasks().get(1).leadUnits()).containsExactly("第2019研究所", "市编办");
        assertThat(plan.tasks().get(1).deadline()).isEqualTo(java.time.LocalDate.of(2016, 12, 31));
    }
}
