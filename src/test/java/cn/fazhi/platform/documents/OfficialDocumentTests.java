package cn.fazhi.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The GB/T 9704 layout of {@link OfficialDocument}, read back with POI. */
class OfficialDocumentTests {

    @Test
    void theDateIsInArabicNumeralsWithoutPadding() {
        assertThat(OfficialDocument.chineseDate(LocalDate.of(2026, 12, 1))).isEqualTo("2026年12月1日");
        assertThat(OfficialDocument.chineseDate(LocalDate.of(2025, 1, 8))).isEqualTo("2025年1月8日");
    }

    @Test
    void marginsMatchTheTextBlockOf156By225Millimetres() {
        assertThat(OfficialDocument.PAGE_WIDTH - OfficialDocument.MARGIN_LEFT - OfficialDocument.MARGIN_RIGHT)
                .isBetween(OfficialDocument.mm(156) - 2, OfficialDocument.mm(156) + 2);
        assertThat(OfficialDocument.PAGE_HEIGHT - OfficialDocument.MARGIN_TOP - OfficialDocument.MARGIN_BOTTOM)
                .isBetween(OfficialDocument.mm(225) - 2, OfficialDocument.mm(225) + 2);
        assertThat(OfficialDocument.LINE_PITCH * 22).isBetween(OfficialDocument.mm(225) - 22, OfficialDocument.mm(225) + 22);
    }

    @Test
    void headingsUseTheirFontsAndOddAndEvenPagesHaveTheirOwnPageNumbers() throws Exception {
        byte[] bytes = OfficialDocument.builder().number("督办〔2026〕1号").title("关于测试的通知").addressee("市财政局:")
                .heading("一、总体要求").subheading("(一)工作目标").paragraph("正文。").signature("示范市司法局")
                .date(LocalDate.of(2026, 12, 1)).toBytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFParagraph h1 = doc.getParagraphs().stream().filter(p -> p.getText().equals("一、总体要求")).findFirst().orElseThrow();
            XWPFParagraph h2 = doc.getParagraphs().stream().filter(p -> p.getText().equals("(一)工作目标")).findFirst().orElseThrow();
            assertThat(h1.getRuns().get(0).getFontFamily()).isEqualTo("黑体");
            assertThat(h2.getRuns().get(0).getFontFamily()).isEqualTo("楷体_GB2312");
            assertThat(h1.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
            assertThat(doc.getFooterList()).hasSize(2);
            assertThat(doc.getFooterList()).allSatisfy(f -> assertThat(f.getText().strip()).isEqualTo("— 1 —"));
        }
    }
}
