package cn.fazhi.platform.files;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hourly removal of blobs no attachment references any more (after deletions, or after a caller's transaction
 * rolled back an upload) and of temporary files of interrupted uploads, once they are older than
 * {@code fazhi.files.orphan-grace}. One node at a time (ShedLock).
 */
@Component
class OrphanBlobSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanBlobSweep.class);

    private final BlobStore blobs;
    private final JdbcAttachments attachments;
    private final FilesProperties properties;

    OrphanBlobSweep(BlobStore blobs, JdbcAttachments attachments, FilesProperties properties) {
        this.blobs = blobs;
        this.attachments = attachments;
        this.properties = properties;
    }

    @Scheduled(cron = "${fazhi.files.sweep-cron:0 23 * * * *}")
    @SchedulerLock(name = "files.orphan-sweep")
    public void sweep() {
        int removed = blobs.sweep(properties.orphanGrace(), attachments::referenced);
        if (removed > 0) {
            log.info("Removed {} unreferenced attachment files", removed);
        }
    }
}
