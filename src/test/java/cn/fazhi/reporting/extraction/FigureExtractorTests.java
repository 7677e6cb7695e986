package cn.fazhi.reporting.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hard cases of figure extraction: numerals, exclusions, traditional characters, noise, truncated text. */
class FigureExtractorTests {

    private final FigureExtractor extractor = new FigureExtractor();

    private List<FigureExtractor.Figure> figures(String text) {
        return extractor.extract(text).figures();
    }

    private static String values(List<FigureExtractor.Figure> fs) {
        StringBuilder b = new StringBuilder();
        for (FigureExtractor.Figure f : fs) {
            b.append(f.value().toPlainString()).append(f.unit()).append(f.qualifier() == null ? "" : "(" + f.qualifier() + ")").append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void readsTheIssueExamplesWithMetricsAndEvidenceSpans() {
        String text = "受理各类行政复议案件26件,审结25件,其中维持10件;行政机关负责人出庭率100%。保留规范性文件80件,修改4件,废止11件。共移送案件26起。";
        FigureExtractor.Extraction ex = extractor.extract(text);
        assertThat(values(ex.figures())).isEqualTo("26件 25件 10件 100% 80件 4件 11件 26起");
        assertThat(ex.figures()).extracting(FigureExtractor.Figure::metric).containsExactly(
                "reconsideration.received", "reconsideration.concluded", "reconsideration.upheld",
                "litigation.head_appearance_rate", "normative_doc.retained", "normative_doc.amended",
                "normative_doc.repealed", "two_law.transferred");
        for (FigureExtractor.Figure f : ex.figures()) {
            assertThat(ex.text().substring(f.start(), f.end())).isEqualTo(f.evidence());
        }
        assertThat(ex.figures().get(0).label()).isEqualTo("受理各类行政复议案件");
    }

    @Test
    void readsChineseNumeralsAndQualifiers() {
        assertThat(values(figures("服务群众两万余人,召开会议三次,审查文件一百二十件,举办讲座十二场次,排查近三千起。")))
                .isEqualTo("20000人(余) 3次 120件 12场次 3000起(近)");
        assertThat(values(figures("发放材料4万余份,征集数据4000余万条,金额119.47万元,累计近900万元,资金达200多亿,超过300人,50%以上,1,092名")))
                .isEqualTo("40000份(余) 40000000条(余) 1194700元 9000000元(近) 20000000000元(多) 300人(超过) 50%(以上) 1092名");
    }

    @Test
    void readsPercentagesArabicAndChinese() {
        assertThat(values(figures("调解率98.06%,办结率百分之九十,出庭率百分之九十九点五。")))
                .isEqualTo("98.06% 90% 99.5%");
    }

    @Test
    void ordinalsAreNotFigures() {
        assertThat(figures("第18次常务会议,第三批试点,第60、62期培训班,第一责任人")).isEmpty();
    }

    @Test
    void documentNumbersAreNotFigures() {
        assertThat(figures("《通知》(佳政办法〔2018〕13号)和[2018]13号文,同发2018〕14号")).isEmpty();
    }

    @Test
    void yearsAndYearRangesAreNotFigures() {
        assertThat(figures("2018年,实施纲要(2016—2020年)和(2015~2020年)、2021-2025年规划,延长五年")).isEmpty();
    }

    @Test
    void datesAreNotFigures() {
        assertThat(figures("3月15日召开,2018年6月20日下发,429日考试,12月底前")).isEmpty();
    }

    @Test
    void articleNumbersAreNotFigures() {
        assertThat(figures("依照第十二条、第3条的规定")).isEmpty();
    }

    @Test
    void titlesShortQuotationsAndBareOneAreNotFigures() {
        assertThat(figures("《关于“三类项目”的意见》,推行“721”工作法,“12.4”宪法日,一件事一次办,三项制度")).isEmpty();
    }

    @Test
    void aNumberCutOffAtTheEndOfATruncatedTextIsNotAFigure() {
        assertThat(values(figures("共受理行政复议案件15件,审结1"))).isEqualTo("15件");
        assertThat(values(figures("共受理行政复议案件15件,减免金额119.47万"))).isEqualTo("15件");
        assertThat(values(figures("共受理行政复议案件15件,调解率98.0"))).isEqualTo("15件");
    }

    @Test
    void traditionalCharactersAreReadWithOffsetsIntoTheTextAsGiven() {
        String text = "2021年,市本級共審理行政復議案件100件,調解各類矛盾糾紛6000余件,成功率達99%,發放宣傳材料4萬余份,上線121個事項。";
        FigureExtractor.Extraction ex = extractor.extract(text);
        assertThat(values(ex.figures())).isEqualTo("100件 6000件(余) 99% 40000份(余) 121个");
        assertThat(ex.figures().get(0).metric()).isEqualTo("reconsideration.received");
        assertThat(ex.figures().get(1).metric()).isEqualTo("mediation.succeeded");
        assertThat(ex.figures().get(2).metric()).isEqualTo("mediation.success_rate");
        assertThat(ex.figures().get(3).evidence()).isEqualTo("4萬余份");
        assertThat(ex.text().substring(ex.figures().get(4).start(), ex.figures().get(4).end())).isEqualTo("121個");
        assertThat(ex.figures().get(4).unit()).isEqualTo("个");
    }

    @Test
    void pageChromeBrokenLinesAndStraySpacesAreCleanedAndOffsetsPointIntoTheCleanedText() {
        String raw = "示范市法治政府建设年度报告\n"
                + "今年我市共受理各类行政复议案件 26 件,审结25件,其中维持10件,经调解申请人撤回申请而终止审\n"
                + "理14件。\n"
                + "第 1 页 共 2 页\n"
                + "打印本页 关闭窗口\n"
                + "- 2 -\n"
                + "行政机关负责人出庭应诉率达到 98.5 %,审批时限精简 4606天。\n"
                + "【打印此文】【关闭】\n";
        FigureExtractor.Extraction ex = extractor.extract(raw);
        assertThat(ex.text()).doesNotContain("第 1 页", "打印本页", "关闭窗口", "- 2 -", "【关闭】").contains("终止审理14件")
                .contains("案件26件").contains("98.5%").contains("精简4606天");
        assertThat(values(ex.figures())).isEqualTo("26件 25件 10件 14件 98.5% 4606天");
        assertThat(ex.figures().get(3).metric()).isEqualTo("reconsideration.terminated_after_mediation");
        assertThat(ex.figures().get(4).metric()).isEqualTo("litigation.head_appearance_rate");
        for (FigureExtractor.Figure f : ex.figures()) {
            assertThat(ex.text().substring(f.start(), f.end())).isEqualTo(f.evidence());
        }
    }

    @Test
    void aTitleIsNotJoinedToThePageMetadataBelowIt() {
        String text = ReportText.clean("句容市2015年度法治政府建设工作情况报告\n发布时间:2016-01-18   浏览次数:\n"
                + "今年共受理行政调解案件7531件,办结7385件,行政调解工作已进入常态化、制度化运\n行。");
        assertThat(text).startsWith("句容市2015年度法治政府建设工作情况报告\n发布时间").contains("制度化运行。");
    }

    @Test
    void runningHeadersRepeatedOnEveryPageAreDropped() {
        String page = "示范市人民政府公报 2021年第3期\n受理行政调解案件7531件,办结7385件。\n";
        FigureExtractor.Extraction ex = extractor.extract(page + page.replace("7531", "12") + page.replace("7531", "13"));
        assertThat(ex.text()).doesNotContain("公报");
        assertThat(ex.figures()).extracting(f -> f.value()).contains(new BigDecimal("7531"), new BigDecimal("12"));
    }
}
