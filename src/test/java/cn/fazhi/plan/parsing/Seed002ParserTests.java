package cn.fazhi.plan.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.plan.parsing.ParsedTask.DeadlineKind;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 002 (荆门市法治政府建设实施方案): 140 tasks, their areas and sub-areas, and the irregular ones pinned. */
class Seed002ParserTests {

    static ParsedPlan plan;

    @BeforeAll
    static void parse() throws Exception {
        plan = new PlanParser().read(Seeds.read(Seeds.PLAN_002));
    }

    static ParsedTask task(int number) {
        return plan.tasks().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    @Test
    void yieldsExactly140TasksNumberedOneTo140InOrder() {
        assertThat(plan.tasks()).hasSize(140);
        assertThat(plan.tasks().stream().map(ParsedTask::number).toList())
                .isEqualTo(IntStream.rangeClosed(1, 140).boxed().toList());
    }

    @Test
    void readsTheTitleWithItsPeriod() {
        assertThat(plan.title()).startsWith("荆门市法治政府建设实施方案").contains("2016").contains("2020");
    }

    @Test
    void everyTaskHasTextAndALeadUnitExceptTheCollectiveOne() {
        for (ParsedTask t : plan.tasks()) {
            assertThat(t.text()).as("task %d", t.number()).isNotBlank().doesNotContain("(牵头单位").doesNotContain("(责任单位");
            if (t.number() != 128) {
                assertThat(t.leadUnits()).as("task %d", t.number()).isNotEmpty();
            }
        }
    }

    @Test
    void warnsOnlyAboutWhatTheUserMustDecide() {
        Set<String> codes = plan.warnings().stream().map(ParseWarning::code).collect(Collectors.toSet());
        assertThat(codes).doesNotContain("NUMBERING_GAP", "DUPLICATE_NUMBER", "UNREADABLE_DEADLINE", "NO_TASKS",
                "IGNORED_ITEMS", "PARSE_FAILED");
        assertThat(plan.warnings()).filteredOn(w -> w.code().equals("NO_LEAD_UNIT"))
                .extracting(ParseWarning::taskNumber).containsExactly(128);
        assertThat(plan.warnings()).filteredOn(w -> w.code().equals("MULTIPLE_LEAD_UNITS"))
                .extracting(ParseWarning::taskNumber).containsExactly(125);
    }

    @Test
    void task1IsUnderItsAreaAndSubArea() {
        ParsedTask t = task(1);
        assertThat(t.area()).isEqualTo("依法全面履行政府职能");
        assertThat(t.subArea()).isEqualTo("深化行政审批制度改革");
        assertThat(t.text()).startsWith("建立行政审批事项目录清单").endsWith("做好取消和下放行政审批事项的落实和衔接工作。");
        assertThat(t.leadUnits()).containsExactly("市编办");
        assertThat(t.responsibleUnits()).isEmpty();
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(t.deadlineText()).isEqualTo("2016年底完成");
        assertThat(t.deadlineKind()).isEqualTo(DeadlineKind.DATE);
    }

    @Test
    void bracketsInsideTheTextStayText() {
        ParsedTask t = task(2);
        assertThat(t.text()).contains("县(市、区)管理").endsWith("原则上下放县(市、区)。");
        assertThat(t.leadUnits()).containsExactly("市编办");
    }

    @Test
    void task84And85() {
        assertThat(task(84).area()).isEqualTo("坚持严格规范公正文明执法");
        assertThat(task(84).subArea()).isEqualTo("健全行政执法人员管理制度");
        assertThat(task(84).leadUnits()).containsExactly("市政府法制办");
        assertThat(task(84).deadline()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(task(85).leadUnits()).containsExactly("市人社局");
        assertThat(task(85).deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void task87DeadlineWithoutCompletionWord() {
        ParsedTask t = task(87);
        assertThat(t.deadlineText()).isEqualTo("2017年底");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(t.leadUnits()).containsExactly("市委组织部");
        assertThat(t.subArea()).isEqualTo("加强行政执法保障");
    }

    @Test
    void task89NamesOnlyAResponsibleUnitWhichAnswersForIt() {
        ParsedTask t = task(89);
        assertThat(t.leadUnits()).containsExactly("市政府法制办");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(t.area()).isEqualTo("强化对行政权力的制约和监督");
        assertThat(plan.warnings()).anyMatch(w -> w.code().equals("RESPONSIBLE_AS_LEAD") && w.message().contains("(89)"));
    }

    @Test
    void task105SpaceBeforeTheParenthesis() {
        ParsedTask t = task(105);
        assertThat(t.leadUnits()).containsExactly("市委政法委");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(t.text()).endsWith("提升处置群体性事件的能力。").doesNotContain("(");
    }

    @Test
    void tasks110To112CommaBeforeTheDeadline() {
        assertThat(task(110).leadUnits()).containsExactly("市经管局");
        assertThat(task(110).deadlineText()).isEqualTo("2018年底完成");
        assertThat(task(110).deadline()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(task(111).leadUnits()).containsExactly("市人社局");
        assertThat(task(111).deadline()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(task(112).leadUnits()).containsExactly("荆门仲裁委员会秘书处");
        assertThat(task(112).deadline()).isEqualTo(LocalDate.of(2018, 12, 31));
        for (int n = 110; n <= 112; n++) {
            assertThat(task(n).subArea()).isEqualTo("完善仲裁制度");
            assertThat(task(n).area()).isEqualTo("依法有效化解社会矛盾纠纷");
        }
    }

    @Test
    void task124UnderASectionWithoutSubsections() {
        ParsedTask t = task(124);
        assertThat(t.area()).isEqualTo("组织保障和落实机制");
        assertThat(t.subArea()).isEqualTo("强化党对法治政府建设的领导");
    }

    @Test
    void task125TwoLeadUnitsTheFirstAnswers() {
        ParsedTask t = task(125);
        assertThat(t.leadUnits()).containsExactly("市委办公室", "市政府办公室");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(t.subArea()).isEqualTo("落实工作责任");
    }

    @Test
    void task127EveryLeadUnitOfThePlanInOrderOfFirstAppearance() {
        Set<String> expected = new LinkedHashSet<>();
        plan.tasks().stream().filter(t -> t.number() != 127).forEach(t -> expected.addAll(t.leadUnits()));
        ParsedTask t = task(127);
        assertThat(t.leadUnits()).containsExactlyElementsOf(expected);
        assertThat(t.leadUnits().get(0)).isEqualTo("市编办");
        assertThat(t.leadUnits()).contains("市委办公室", "荆门仲裁委员会秘书处", "市政府法制办");
        assertThat(t.deadlineKind()).isEqualTo(DeadlineKind.NONE);
        assertThat(t.text()).endsWith("各牵头单位每年向市委、市政府报告工作进展情况。");
    }

    @Test
    void task128EveryResponsibleUnitAndNoLeadUnit() {
        ParsedTask t = task(128);
        assertThat(t.leadUnits()).isEmpty();
        assertThat(t.responsibleUnits()).containsExactly(ParsedTask.ALL_RESPONSIBLE_UNITS);
        assertThat(t.deadlineKind()).isEqualTo(DeadlineKind.NONE);
        assertThat(t.text()).isEqualTo("强化责任落实。各责任单位按照牵头单位的要求完成推进法治政府建设的各项工作任务。");
    }

    @Test
    void task129HasNoDeadline() {
        ParsedTask t = task(129);
        assertThat(t.leadUnits()).containsExactly("市政府法制办");
        assertThat(t.deadline()).isNull();
        assertThat(t.deadlineText()).isNull();
        assertThat(t.deadlineKind()).isEqualTo(DeadlineKind.NONE);
    }

    @Test
    void task140IsTheLast() {
        ParsedTask t = task(140);
        assertThat(t.area()).isEqualTo("组织保障和落实机制");
        assertThat(t.subArea()).isEqualTo("营造良好法治环境");
        assertThat(t.leadUnits()).containsExactly("市政府法制办");
        assertThat(t.deadline()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void areasAreTheSevenSubsectionsAndTheThirdSection() {
        List<String> areas = plan.tasks().stream().map(ParsedTask::area).distinct().toList();
        assertThat(areas).containsExactly("依法全面履行政府职能", "完善依法行政制度体系", "推进行政决策科学化、民主化、法治化",
                "坚持严格规范公正文明执法", "强化对行政权力的制约和监督", "依法有效化解社会矛盾纠纷", "全面提高依法行政能力",
                "组织保障和落实机制");
        assertThat(plan.tasks().stream().map(ParsedTask::subArea).distinct().count()).isEqualTo(40);
    }

    @Test
    void aPdfOfThePlanLaidOutTwentyEightCharactersALineReadsTheSameAsItsText() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDocuments.cjkFont() != null,
                "no CJK TrueType font (scripts/test.sh installs fonts-lxgw-wenkai)");
        byte[] pdf = TestDocuments.chinesePdf(Seeds.read(Seeds.PLAN_002), 28, 22);
        String text = new cn.fazhi.platform.documents.DocumentReader(new cn.fazhi.platform.documents.DocumentsProperties(null, null))
                .read(pdf, "plan.pdf").text();
        assertThat(text).contains("— 3 —");
        ParsedPlan fromPdf = new PlanParser().read(text);
        // wrapped lines, wrapped headings, units clauses broken across lines and page numbers between them
        assertThat(fromPdf.tasks()).isEqualTo(plan.tasks());
        assertThat(fromPdf.title()).isEqualTo(plan.title());
    }
}
