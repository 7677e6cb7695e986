package cn.fazhi.platform.files;

import cn.fazhi.platform.kernel.BusinessException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file really is from its bytes (Apache Tika's magic detection, given no file name so that
 * the extension cannot influence it), refuses executables and scripts whatever they are called, and requires the
 * extension to agree with the content. Containers are opened to tell their kind apart: OOXML by the main part's
 * content type in {@code [Content_Types].xml} (ECMA-376 Part 2, OPC), OFD by its {@code OFD.xml} entry
 * (GB/T 33190-2016), OLE2 by its main stream.
 */
@Component
class ContentInspector {

    static final MediaType ZIP = MediaType.application("zip");
    static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    /** Sniffed types that run code: refused whatever the extension (等保 2.0: 恶意代码防范). */
    private static final List<MediaType> EXECUTABLE = List.of(
            MediaType.application("x-msdownload"), MediaType.application("x-dosexec"),
            MediaType.application("x-executable"), MediaType.application("x-elf"),
            MediaType.application("x-sharedlib"), MediaType.application("x-mach-o"),
            MediaType.application("x-mach-o-executable"), MediaType.application("x-mach-o-universal"),
            MediaType.application("java-archive"), MediaType.application("java-vm"),
            MediaType.application("x-java-jnlp-file"), MediaType.application("x-ms-installer"),
            MediaType.application("x-msi"), MediaType.application("x-ms-shortcut"),
            MediaType.application("x-sh"), MediaType.application("x-csh"), MediaType.application("x-bat"),
            MediaType.application("x-msdos-program"), MediaType.application("javascript"),
            MediaType.text("javascript"), MediaType.text("x-python"), MediaType.text("x-perl"),
            MediaType.application("x-php"), MediaType.text("x-php"), MediaType.application("x-powershell"),
            MediaType.text("x-vbscript"), MediaType.text("vbscript"), MediaType.application("hta"),
            MediaType.application("x-httpd-php"));

    private static final int MAX_CONTENT_TYPES_BYTES = 512 * 1024;

    private final Detector detector;
    private final MediaTypeRegistry registry;

    ContentInspector() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
    }

    /** What Tika sees in the bytes, without the name (base type, parameters dropped). */
    MediaType sniff(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return detector.detect(in, new Metadata()).getBaseType();
        }
    }

    /**
     * The kind of an uploaded file, or a refusal naming what was found.
     *
     * @param file      the staged bytes
     * @param extension lower-case extension of the client's file name (may be empty)
     * @param allowed   extensions this installation accepts
     */
    FileKind inspect(Path file, String extension, List<String> allowed) throws IOException {
        MediaType sniffed = sniff(file);
        if (isExecutable(sniffed) || (isZip(sniffed) && zipHoldsJavaCode(file))) {
            throw new BusinessException("FILE_TYPE_FORBIDDEN",
                    "文件类型不允许:检测到可执行程序(" + sniffed + "),无论扩展名如何均不接受", 400);
        }
        FileKind kind = FileKind.byExtension(extension).filter(k -> allowed.contains(k.extension()))
                .orElseThrow(() -> new BusinessException("FILE_TYPE_NOT_ALLOWED",
                        "不支持的文件类型" + (extension.isEmpty() ? "(文件名没有扩展名)" : "(." + extension + ")")
                                + ",允许上传:" + String.join("、", allowed), 400));
        if (!matches(kind, sniffed, file)) {
            throw new BusinessException("FILE_TYPE_MISMATCH", "文件内容与扩展名不符:扩展名为 ." + extension + "("
                    + kind.label() + "),实际内容为 " + describe(sniffed) + ",请检查文件后重新上传", 400);
        }
        return kind;
    }

    boolean isExecutable(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            MediaType base = t.getBaseType();
            if (EXECUTABLE.contains(base) || base.getSubtype().startsWith("x-mach-o")) {
                return true;
            }
        }
        return false;
    }

    private boolean isZip(MediaType type) {
        return type.equals(ZIP) || registry.isSpecializationOf(type, ZIP);
    }

    private boolean matches(FileKind kind, MediaType sniffed, Path file) throws IOException {
        return switch (kind.family()) {
            case PDF -> sniffed.equals(MediaType.application("pdf"));
            // text/plain exactly: HTML, SVG, XML and scripts are subtypes of it and must not pass as .txt
            case TEXT -> sniffed.equals(MediaType.TEXT_PLAIN);
            case IMAGE -> sniffed.equals(MediaType.parse(kind.marker()));
            case OFD -> isZip(sniffed) && zipHasEntry(file, "OFD.xml");
            case OOXML -> (isZip(sniffed) || sniffed.equals(OOXML) || registry.isSpecializationOf(sniffed, OOXML))
                    && ooxmlMainType(file).contains("ContentType=\"" + kind.marker() + "\"");
            case OLE2 -> (sniffed.equals(OLE2) || registry.isSpecializationOf(sniffed, OLE2)) && ole2Has(file, kind);
        };
    }

    private String describe(MediaType sniffed) {
        String label;
        if (sniffed.equals(MediaType.TEXT_PLAIN)) {
            label = "纯文本";
        } else if (sniffed.equals(MediaType.application("pdf"))) {
            label = "PDF 文档";
        } else if (isZip(sniffed) || sniffed.equals(OOXML)) {
            label = "压缩包或其他 Office 文档";
        } else if (sniffed.equals(OLE2) || registry.isSpecializationOf(sniffed, OLE2)) {
            label = "旧版 Office 复合文档";
        } else if (sniffed.equals(MediaType.OCTET_STREAM)) {
            label = "无法识别的二进制数据";
        } else if (sniffed.getType().equals("image")) {
            label = "图片";
        } else if (sniffed.equals(MediaType.text("html")) || sniffed.getSubtype().contains("xml")) {
            label = "网页或 XML";
        } else {
            label = "其他格式";
        }
        return label + "(" + sniffed + ")";
    }

    private static boolean zipHoldsJavaCode(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                if (name.equals("meta-inf/manifest.mf") || name.endsWith(".class") || name.equals("classes.dex")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // not a readable zip: the kind check refuses it
        }
    }

    private static boolean zipHasEntry(Path file, String entry) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The text of [Content_Types].xml (bounded, so that a zip bomb cannot exhaust memory), or "". */
    private static String ooxmlMainType(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("[Content_Types].xml");
            if (entry == null) {
                return "";
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        }
    }

    private static final Set<String> XLS_STREAMS = Set.of("Workbook", "Book", "WORKBOOK", "BOOK");

    private static boolean ole2Has(Path file, FileKind kind) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (kind == FileKind.XLS) {
                return XLS_STREAMS.stream().anyMatch(root::hasEntry);
            }
            return root.hasEntry(kind.marker());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
