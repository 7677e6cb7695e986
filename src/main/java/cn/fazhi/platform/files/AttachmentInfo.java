package cn.fazhi.platform.files;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An attachment's metadata as a reader within scope sees it.
 *
 * @param contentType  the type served on download: the one the sniffed bytes proved, not the one the client declared
 * @param declaredType what the uploading client claimed (kept for the record only)
 * @param sha256       lower-case hex SHA-256 of the bytes
 */
public record AttachmentInfo(UUID id, long orgId, long ownerUserId, String filename, String contentType,
        String declaredType, String extension, long size, String sha256, String purpose, OffsetDateTime createdAt) {

    public AttachmentRef ref() {
        return new AttachmentRef(id, orgId, filename, contentType, size, sha256, createdAt);
    }

    /** Size for people: 12.3 KB, 4.5 MB. */
    public String sizeLabel() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format("%.1f KB", size / 1024.0);
        }
        return String.format("%.1f MB", size / (1024.0 * 1024));
    }
}
