package cn.fazhi.platform.files;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types an attachment may have: its extension, the content type it is served with, and how its bytes are
 * recognised. The bytes decide; the extension only has to agree with them.
 */
enum FileKind {
    PDF("pdf", "application/pdf", "PDF 文档", Family.PDF, null),
    OFD("ofd", "application/ofd", "OFD 版式文档", Family.OFD, null),
    DOC("doc", "application/msword", "Word 97-2003 文档", Family.OLE2, "WordDocument"),
    XLS("xls", "application/vnd.ms-excel", "Excel 97-2003 工作簿", Family.OLE2, "Workbook"),
    PPT("ppt", "application/vnd.ms-powerpoint", "PowerPoint 97-2003 演示文稿", Family.OLE2, "PowerPoint Document"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档",
            Family.OOXML, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 工作簿",
            Family.OOXML, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint 演示文稿",
            Family.OOXML, "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
    TXT("txt", "text/plain", "纯文本", Family.TEXT, null),
    CSV("csv", "text/csv", "CSV 表格", Family.TEXT, null),
    JPG("jpg", "image/jpeg", "JPEG 图片", Family.IMAGE, "image/jpeg"),
    JPEG("jpeg", "image/jpeg", "JPEG 图片", Family.IMAGE, "image/jpeg"),
    PNG("png", "image/png", "PNG 图片", Family.IMAGE, "image/png"),
    GIF("gif", "image/gif", "GIF 图片", Family.IMAGE, "image/gif"),
    TIF("tif", "image/tiff", "TIFF 图片", Family.IMAGE, "image/tiff"),
    TIFF("tiff", "image/tiff", "TIFF 图片", Family.IMAGE, "image/tiff"),
    WEBP("webp", "image/webp", "WebP 图片", Family.IMAGE, "image/webp");

    /** How the bytes are recognised. */
    enum Family { PDF, OFD, OLE2, OOXML, TEXT, IMAGE }

    private final String extension;
    private final String contentType;
    private final String label;
    private final Family family;
    /** OLE2: the stream that must exist; OOXML: the main part's content type; image: the sniffed type. */
    private final String marker;

    FileKind(String extension, String contentType, String label, Family family, String marker) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
        this.family = family;
        this.marker = marker;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    String label() {
        return label;
    }

    Family family() {
        return family;
    }

    String marker() {
        return marker;
    }

    static Optional<FileKind> byExtension(String extension) {
        return Arrays.stream(values()).filter(k -> k.extension.equals(extension)).findFirst();
    }

    static List<String> extensions() {
        return Arrays.stream(values()).map(FileKind::extension).toList();
    }
}
