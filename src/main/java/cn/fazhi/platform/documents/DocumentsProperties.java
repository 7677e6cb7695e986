package cn.fazhi.platform.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of document reading ({@code fazhi.documents.*}).
 *
 * @param maxSize        largest document accepted for reading (default 20 MB); keep it below
 *                       {@code spring.servlet.multipart.max-file-size} so that users see the Chinese message naming it
 * @param maxExpandedSize largest size one part of a .docx/.xlsx may expand to (default 64 MB; zip-bomb
 *                       guard: a plan's document.xml is about 1 MB, and POI holds each part in memory)
 */
@ConfigurationProperties("fazhi.documents")
public record DocumentsProperties(DataSize maxSize, DataSize maxExpandedSize) {

    public DocumentsProperties {
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(20);
        }
        if (maxExpandedSize == null) {
            maxExpandedSize = DataSize.ofMegabytes(64);
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
