package cn.fazhi.platform.files.web;

import cn.fazhi.platform.files.AttachmentInfo;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An attachment in the HTTP API. */
record AttachmentJson(UUID id, String filename, String contentType, long size, String sha256, long orgId,
        long ownerUserId, String purpose, OffsetDateTime createdAt) {

    static AttachmentJson of(AttachmentInfo a) {
        return new AttachmentJson(a.id(), a.filename(), a.contentType(), a.size(), a.sha256(), a.orgId(),
                a.ownerUserId(), a.purpose(), a.createdAt());
    }
}
