package cn.fazhi.platform.files.web;

import cn.fazhi.platform.files.AttachmentInfo;
import cn.fazhi.platform.files.AttachmentRef;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An attachment in the HTTP API. */
record AttachmentJson(UUID id, String filename, String contentType, long size, String sha256, long orgId,
        long ownerUserId, String purpose, OffsetDateTime createdAt) {

    static AttachmentJson of(AttachmentInfo a) {
        return new AttachmentJson(a.id(), a.filename(), a.contentType(), a.size(), a.sha256(), a.orgId(),
                a.ownerUserId(), a.purpose(), a.createdAt());
    }

    /** Right after an upload, also when the uploader's scope does not cover the unit it uploaded for. */
    static AttachmentJson of(AttachmentRef r, long ownerUserId, String purpose) {
        return new AttachmentJson(r.id(), r.filename(), r.contentType(), r.size(), r.sha256(), r.orgId(), ownerUserId,
                purpose, r.createdAt());
    }
}
