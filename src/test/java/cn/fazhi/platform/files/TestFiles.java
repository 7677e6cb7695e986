package cn.fazhi.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files for upload tests; each carries a random marker so that its checksum is new in every run. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] pdf() {
        String marker = UUID.randomUUID().toString();
        String body = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "% " + marker + "\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text + " " + UUID.randomUUID());
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue(UUID.randomUUID().toString());
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A Windows executable: DOS header ("MZ", e_lfanew at 0x3C) and a PE signature with a machine type. */
    static byte[] exe() {
        byte[] b = new byte[1024];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        b[0x84] = 0x4c; // IMAGE_FILE_MACHINE_I386 = 0x014c
        b[0x85] = 0x01;
        byte[] marker = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, b, 0x200, marker.length);
        return b;
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(("<x>" + UUID.randomUUID() + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] text(String s) {
        return (s + "\n" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
