package cn.fazhi.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type checks from the bytes: the extension must agree with the content, executables never pass. */
class ContentInspectorTests {

    private final ContentInspector inspector = new ContentInspector();
    private final List<String> all = FilesProperties.KNOWN_EXTENSIONS;

    @TempDir
    Path dir;

    private FileKind inspect(byte[] bytes, String extension) throws IOException {
        Path f = Files.write(dir.resolve("upload.part"), bytes);
        return inspector.inspect(f, extension, all);
    }

    private BusinessException refusal(byte[] bytes, String extension) {
        try {
            inspect(bytes, extension);
        } catch (BusinessException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted ." + extension);
    }

    @Test
    void acceptsPdfDocxXlsxTextCsvAndOfdWhoseContentMatches() throws IOException {
        assertThat(inspect(TestFiles.pdf(), "pdf")).isEqualTo(FileKind.PDF);
        assertThat(inspect(TestFiles.docx("通知"), "docx")).isEqualTo(FileKind.DOCX);
        assertThat(inspect(TestFiles.xlsx(), "xlsx")).isEqualTo(FileKind.XLSX);
        assertThat(inspect(TestFiles.text("执法检查记录"), "txt")).isEqualTo(FileKind.TXT);
        assertThat(inspect(TestFiles.text("a,b,c\n1,2,3"), "csv")).isEqualTo(FileKind.CSV);
        assertThat(inspect(TestFiles.zip("OFD.xml", "Doc_0/Document.xml"), "ofd")).isEqualTo(FileKind.OFD);
    }

    @Test
    void renamedWindowsExecutableIsRefusedWhateverItsExtension() {
        for (String ext : List.of("pdf", "docx", "txt", "jpg", "exe")) {
            BusinessException e = refusal(TestFiles.exe(), ext);
            assertThat(e.code()).isEqualTo("FILE_TYPE_FORBIDDEN");
            assertThat(e.getMessage()).startsWith("文件类型不允许:检测到可执行程序");
        }
    }

    @Test
    void elfBinaryShellScriptAndJarAreRefusedAsExecutables() throws IOException {
        byte[] elf = new byte[64];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        assertThat(refusal(elf, "pdf").code()).isEqualTo("FILE_TYPE_FORBIDDEN");
        assertThat(refusal("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "txt").code())
                .isEqualTo("FILE_TYPE_FORBIDDEN");
        assertThat(refusal(TestFiles.zip("META-INF/MANIFEST.MF", "a/B.class"), "docx").code())
                .isEqualTo("FILE_TYPE_FORBIDDEN");
    }

    @Test
    void docxThatIsPlainTextIsRefusedNamingBothTypes() {
        BusinessException e = refusal(TestFiles.text("这不是 Word 文档"), "docx");
        assertThat(e.code()).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(e.getMessage()).contains(".docx").contains("Word 文档").contains("纯文本").contains("text/plain");
    }

    @Test
    void officeFilesRenamedToEachOtherAreRefused() throws IOException {
        assertThat(refusal(TestFiles.xlsx(), "docx").code()).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(refusal(TestFiles.docx("x"), "pdf").code()).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(refusal(TestFiles.pdf(), "docx").getMessage()).contains("PDF 文档");
        assertThat(refusal(TestFiles.zip("a.txt"), "ofd").code()).isEqualTo("FILE_TYPE_MISMATCH");
    }

    @Test
    void htmlAndSvgDoNotPassAsTextOrImages() {
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(html, "txt").code()).isEqualTo("FILE_TYPE_MISMATCH");
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(svg, "png").code()).isEqualTo("FILE_TYPE_MISMATCH");
    }

    @Test
    void legacyExcelIsRecognisedInsideItsOle2ContainerAndNotAcceptedAsWord() throws IOException {
        byte[] xls;
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("案件数");
            wb.write(out);
            xls = out.toByteArray();
        }
        assertThat(inspect(xls, "xls")).isEqualTo(FileKind.XLS);
        assertThat(refusal(xls, "doc").code()).isEqualTo("FILE_TYPE_MISMATCH");
    }

    @Test
    void macroEnabledDocumentRenamedToDocxIsRefused() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        assertThat(refusal(out.toByteArray(), "docx").code()).isEqualTo("FILE_TYPE_MISMATCH");
    }

    @Test
    void unknownOrMissingExtensionIsRefusedListingTheAllowedOnes() {
        BusinessException e = refusal(TestFiles.pdf(), "xyz");
        assertThat(e.code()).isEqualTo("FILE_TYPE_NOT_ALLOWED");
        assertThat(e.getMessage()).contains(".xyz").contains("pdf、ofd");
        assertThat(refusal(TestFiles.pdf(), "").getMessage()).contains("没有扩展名");
    }

    @Test
    void anExtensionTheSiteDisallowedIsRefused() throws IOException {
        Path f = Files.write(dir.resolve("a.part"), TestFiles.text("abc"));
        assertThatThrownBy(() -> inspector.inspect(f, "txt", List.of("pdf")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("允许上传:pdf");
    }
}
