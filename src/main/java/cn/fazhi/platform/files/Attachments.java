package cn.fazhi.platform.files;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachments (evidence, drafts, scans) for every module. The current user ({@code CurrentUser}) is the uploader and
 * the reader; every read is limited to the user's data scope, so an id outside it behaves exactly like a missing one.
 * Uploads and deletions are audited in the same transaction as the row.
 */
public interface Attachments {

    /** Permission to upload. */
    String UPLOAD = "files:upload";
    /** Permission to list, read and download attachments within one's data scope. */
    String READ = "files:read";
    /** Permission to delete attachments uploaded by others within one's data scope. */
    String MANAGE = "files:manage";

    /**
     * Check, store and record an upload for organisation {@code orgId} (which must lie within the uploader's scope).
     * Refusals (empty, too large, executable, extension contradicting the content, organisation out of scope) are
     * {@code BusinessException}s with a Chinese message, and leave neither a row nor a blob behind.
     *
     * @param filename     the client's file name (only its last path segment is kept; never used for paths)
     * @param declaredType the client's Content-Type, recorded but not trusted
     * @param purpose      free text such as {@code evidence}, {@code draft}, {@code scan}; may be null
     */
    AttachmentRef store(long orgId, String filename, String declaredType, InputStream in, String purpose);

    /** The attachment if it exists and lies within the current user's scope. */
    Optional<AttachmentInfo> find(UUID id);

    /** The bytes of an attachment within scope, checked against the stored SHA-256 first; 404 otherwise. */
    InputStream open(UUID id);

    /** Attachments within the current user's scope, newest first. */
    AttachmentPage list(int page, int size);

    /** Delete an attachment within scope: its uploader, or a holder of {@link #MANAGE}. */
    void delete(UUID id);
}
