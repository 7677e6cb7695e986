package cn.fazhi.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.plan.parsing.TestDocuments;
import cn.fazhi.platform.kernel.BusinessException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Reading uploads into text and tables, and every refusal as a Chinese BusinessException with a stable code. */
class DocumentReaderTests {

    final DocumentReader reader = new DocumentReader(new DocumentsProperties(null, null));
    static final String PLAN = "(1)建立台账。(牵头单位:市司法局。2017年底完成)";

    static void refused(ThrowingCallable call, String code, int status, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    void textInUtf8Utf8WithBomAndGb18030() {
        byte[] utf8 = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] gb = (PLAN + "\n第二行文字,用于编码识别。").getBytes(Charset.forName("GB18030"));
        assertThat(reader.read(utf8, "a.txt").text()).isEqualTo(PLAN);
        assertThat(reader.read(bom, "a.txt").text()).isEqualTo(PLAN);
        assertThat(reader.read(gb, "a.txt").text()).startsWith(PLAN).contains("第二行");
        assertThat(reader.read(gb, "a.txt").kind()).isEqualTo(DocumentContent.Kind.TEXT);
        String latin = "(1) Plan line one.\n(2) Plan line two.";
        assertThat(DocumentReader.decode(latin.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(latin);
        assertThat(DocumentReader.decode(latin.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(latin);
    }

    @Test
    void docxParagraphsAndATableWithMergedCellsInBodyOrder() throws Exception {
        DocumentContent doc = reader.read(TestDocuments.docxWithTaskTable(), "分工表.docx");
        assertThat(doc.kind()).isEqualTo(DocumentContent.Kind.DOCX);
        assertThat(doc.text()).startsWith("示范县2025年法治政府建设重点任务分工表\n序号\t工作任务");
        List<List<String>> grid = doc.tables().get(0);
        assertThat(grid.get(1)).containsOnly("一、推进政府治理规范化").hasSize(5);
        assertThat(grid.get(2)).containsExactly("1", "建立行政执法案卷评查制度", "县司法局", "县公安局", "2025年9月底前");
        assertThat(grid.get(3)).containsExactly("1", "建立行政执法案卷评查制度", "县司法局", "县市场监管局", "2025年9月底前");
        assertThat(reader.read(TestDocuments.docx("第一段\n第二段"), "x.docx").text()).isEqualTo("第一段\n第二段\n");
    }

    @Test
    void xlsxFirstSheetWithContentMergedRegionsFilled() throws Exception {
        DocumentContent doc = reader.read(TestDocuments.xlsxWithMergedCells(), "分工表.xlsx");
        assertThat(doc.kind()).isEqualTo(DocumentContent.Kind.XLSX);
        List<List<String>> grid = doc.tables().get(0);
        assertThat(grid.get(0)).containsOnly("示范市法治政府建设任务分工表");
        assertThat(grid.get(3)).containsExactly("1", "政务服务", "推行政务服务“一网通办”", "市行政审批局", "市大数据局", "2025年底");
        assertThat(grid.get(5)).containsExactly("2", "政务服务", "规范县(市、区)中介服务", "市发改委", "市市场监管局", "2026年6月30日前");
    }

    @Test
    void pdfTextLayerIsRead() throws Exception {
        DocumentContent doc = reader.read(TestDocuments.textPdf("Plan 2017", null), "plan.pdf");
        assertThat(doc.kind()).isEqualTo(DocumentContent.Kind.PDF);
        assertThat(doc.text()).contains("Plan 2017");
    }

    @Test
    void refusals() throws Exception {
        refused(() -> reader.read(new byte[0], "a.docx"), "EMPTY_FILE", 400, "空");
        refused(() -> reader.read(null, "a.docx"), "EMPTY_FILE", 400, "空");
        DocumentReader small = new DocumentReader(new DocumentsProperties(DataSize.ofKilobytes(1), null));
        refused(() -> small.read(new byte[2048], "a.txt"), "FILE_TOO_LARGE", 413, "1KB");
        refused(() -> reader.read(TestDocuments.scannedPdf(), "scan.pdf"), "NO_TEXT_LAYER", 422,
                "该PDF没有可提取的文字(可能是扫描件),请上传文字版或粘贴文本");
        refused(() -> reader.read(TestDocuments.textPdf("secret", "pw"), "secret.pdf"), "PDF_ENCRYPTED", 422, "加密");
        refused(() -> reader.read(TestDocuments.zipBombDocx(50), "bomb.docx"), "ZIP_BOMB", 400, "压缩炸弹");
        refused(() -> reader.read(TestDocuments.corruptDocx(), "bad.docx"), "CORRUPT_DOCUMENT", 400, "损坏");
        byte[] docx = TestDocuments.docx("第一段");
        refused(() -> reader.read(Arrays.copyOf(docx, docx.length / 2), "half.docx"), "CORRUPT_DOCUMENT", 400, "损坏");
        refused(() -> reader.read(TestDocuments.noiseBytes(10 * 1024 * 1024, 7), "noise.txt"), "UNSUPPORTED_TYPE", 415,
                "不支持的文件类型(.txt)");
        byte[] xls;
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            wb.createSheet("任务").createRow(0).createCell(0).setCellValue("序号");
            wb.write(out);
            xls = out.toByteArray();
        }
        byte[] oldExcel = xls;
        refused(() -> reader.read(oldExcel, "分工表.xls"), "UNSUPPORTED_TYPE", 415, "另存为 .docx 或 .xlsx");
        refused(() -> reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, "a.png"),
                "UNSUPPORTED_TYPE", 415, "图片");
    }

    @Test
    void wordAutomaticNumberingIsWrittenOut() throws Exception {
        byte[] docx = TestDocuments.docxWithAutoNumbering("|示范方案", "0|主要任务", "1|依法履行职能", "2|深化改革",
                "3|甲任务。(牵头单位:市司法局。2017年底完成)", "3|乙任务。(牵头单位:市财政局。2018年底完成)",
                "1|完善制度", "2|健全立法", "3|丙任务。(牵头单位:市司法局。持续推进)", "0|保障措施");
        String text = reader.read(docx, "auto.docx").text();
        assertThat(text).isEqualTo("示范方案\n一、主要任务\n(一)依法履行职能\n1.深化改革\n(1)甲任务。(牵头单位:市司法局。2017年底完成)\n"
                + "(2)乙任务。(牵头单位:市财政局。2018年底完成)\n(二)完善制度\n1.健全立法\n(1)丙任务。(牵头单位:市司法局。持续推进)\n"
                + "二、保障措施\n");
    }

    @Test
    void chinesePdfTextIsExtractedLineByLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDocuments.cjkFont() != null,
                "no CJK TrueType font (scripts/test.sh installs fonts-lxgw-wenkai)");
        String text = reader.read(TestDocuments.chinesePdf("(1)建立台账。(牵头单位:市司法局。2017年底完成)", 12, 20), "a.pdf").text();
        assertThat(text).startsWith("(1)建立台账。(牵头单\n位:市司法局。2017年\n底完成)\n").contains("— 1 —");
    }

    @Test
    void wordNumberingThatRunsOnAcrossHeadings() throws Exception {
        byte[] docx = TestDocuments.docxWithAutoNumbering(true, "0|任务", "2|第一组", "3|甲。", "3|乙。", "2|第二组", "3|丙。");
        assertThat(reader.read(docx, "auto.docx").text()).isEqualTo("一、任务\n1.第一组\n(1)甲。\n(2)乙。\n2.第二组\n(3)丙。\n");
    }
}
