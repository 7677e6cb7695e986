package cn.fazhi.platform.files;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What another module keeps after storing an attachment: the id to link to, and the organisation (the id alone is
 * enough to find it again; {@code orgId} lets a module keep the scale-out key beside it).
 */
public record AttachmentRef(UUID id, long orgId, String filename, String contentType, long size, String sha256,
        OffsetDateTime createdAt) {
}
