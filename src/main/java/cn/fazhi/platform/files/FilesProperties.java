package cn.fazhi.platform.files;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of attachment storage ({@code fazhi.files.*}).
 *
 * @param maxSize            largest accepted upload; keep it below {@code spring.servlet.multipart.max-file-size}
 *                           so that the Chinese message naming the limit is the one users see
 * @param allowedExtensions  extensions accepted (each must be one of {@link #KNOWN_EXTENSIONS}, whose content checks
 *                           exist); empty means all known ones
 * @param orphanGrace        how long an unreferenced blob stays on disk before the sweep removes it
 */
@ConfigurationProperties("fazhi.files")
public record FilesProperties(DataSize maxSize, List<String> allowedExtensions, Duration orphanGrace) {

    public static final List<String> KNOWN_EXTENSIONS = FileKind.extensions();

    public FilesProperties {
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(20);
        }
        allowedExtensions = allowedExtensions == null || allowedExtensions.isEmpty()
                ? KNOWN_EXTENSIONS
                : allowedExtensions.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT).replace(".", "").trim()).toList();
        for (String e : allowedExtensions) {
            if (!KNOWN_EXTENSIONS.contains(e)) {
                throw new IllegalArgumentException("fazhi.files.allowed-extensions: unknown extension '" + e
                        + "' (known: " + KNOWN_EXTENSIONS + ")");
            }
        }
        if (orphanGrace == null) {
            orphanGrace = Duration.ofHours(1);
        }
    }

    /** The limit as users read it, e.g. "20MB". */
    public String maxSizeLabel() {
        long bytes = maxSize.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + "MB";
        }
        if (bytes % 1024 == 0) {
            return (bytes / 1024) + "KB";
        }
        return bytes + "字节";
    }
}
