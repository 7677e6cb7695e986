package cn.fazhi.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.fazhi.platform.kernel.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed store: checksums, de-duplication, size limit, verification on read, orphan sweep. */
class BlobStoreTests {

    @TempDir
    Path dataDir;

    BlobStore store() {
        return new BlobStore(dataDir.toString(), Clock.fixed(Instant.parse("2026-01-08T01:00:00Z"), ZoneOffset.UTC));
    }

    static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void storesBytesUnderTheirSha256AndTheSameBytesOnlyOnce() throws Exception {
        BlobStore blobs = store();
        BlobStore.Staged first = blobs.stage(new ByteArrayInputStream("abc".getBytes()), 100, "100字节");
        assertThat(first.sha256()).isEqualTo(ABC_SHA256);
        assertThat(first.size()).isEqualTo(3);
        assertThat(blobs.commit(first)).isTrue();
        assertThat(blobs.locate(ABC_SHA256)).isEqualTo(dataDir.toAbsolutePath().resolve("files/ba/" + ABC_SHA256));
        assertThat(blobs.commit(blobs.stage(new ByteArrayInputStream("abc".getBytes()), 100, "100字节"))).isFalse();
        try (Stream<Path> tmp = Files.list(blobs.root().resolve("tmp"))) {
            assertThat(tmp).isEmpty();
        }
        try (InputStream in = blobs.openVerified(ABC_SHA256)) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes());
        }
    }

    @Test
    void streamLargerThanTheLimitIsRefusedAndItsTemporaryFileRemoved() throws Exception {
        BlobStore blobs = store();
        assertThatThrownBy(() -> blobs.stage(new ByteArrayInputStream(new byte[200_000]), 100_000, "100KB"))
                .isInstanceOf(BusinessException.class).hasMessage("文件超过大小限制(最大100KB)");
        try (Stream<Path> tmp = Files.list(blobs.root().resolve("tmp"))) {
            assertThat(tmp).isEmpty();
        }
    }

    @Test
    void aBlobWhoseBytesChangedOrVanishedIsNotOpened() throws Exception {
        BlobStore blobs = store();
        blobs.commit(blobs.stage(new ByteArrayInputStream("abc".getBytes()), 100, "100字节"));
        Files.writeString(blobs.locate(ABC_SHA256), "abd");
        assertThatThrownBy(() -> blobs.openVerified(ABC_SHA256)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("FILE_CORRUPT");
        Files.delete(blobs.locate(ABC_SHA256));
        assertThatThrownBy(() -> blobs.openVerified(ABC_SHA256)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("FILE_MISSING");
    }

    @Test
    void checksumsThatAreNotHexCannotNameAPath() {
        assertThatThrownBy(() -> BlobStore.storageKey("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().locate("AB" + ABC_SHA256.substring(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sweepRemovesOnlyOldUnreferencedBlobsAndOldTemporaryFiles() throws Exception {
        BlobStore blobs = store();
        blobs.commit(blobs.stage(new ByteArrayInputStream("abc".getBytes()), 100, "100字节"));
        blobs.commit(blobs.stage(new ByteArrayInputStream("xyz".getBytes()), 100, "100字节"));
        String xyz = blobs.stage(new ByteArrayInputStream("xyz".getBytes()), 100, "100字节").sha256();
        Path leftover = Files.writeString(blobs.root().resolve("tmp/interrupted.part"), "half");
        FileTime old = FileTime.from(Instant.parse("2026-01-07T00:00:00Z"));
        for (Path p : new Path[] {blobs.locate(ABC_SHA256), blobs.locate(xyz), leftover}) {
            Files.setLastModifiedTime(p, old);
        }
        // abc is referenced, xyz is not; everything is older than the grace period
        int removed = blobs.sweep(Duration.ofHours(1), ABC_SHA256::equals);
        assertThat(Files.exists(blobs.locate(ABC_SHA256))).isTrue();
        assertThat(Files.exists(blobs.locate(xyz))).isFalse();
        assertThat(Files.exists(leftover)).isFalse();
        assertThat(removed).isGreaterThanOrEqualTo(2);
        // a recent unreferenced blob (an upload in progress) is kept
        blobs.commit(blobs.stage(new ByteArrayInputStream("new".getBytes()), 100, "100字节"));
        assertThat(blobs.sweep(Duration.ofHours(1), ABC_SHA256::equals)).isZero();
    }

    @Test
    void clientFileNamesAreReducedToASafeDisplayName() {
        assertThat(JdbcAttachments.cleanFilename("C:\\Users\\张三\\证据.pdf")).isEqualTo("证据.pdf");
        assertThat(JdbcAttachments.cleanFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(JdbcAttachments.cleanFilename("..\u0000\u202e.pdf")).isEqualTo("pdf");
        assertThat(JdbcAttachments.cleanFilename("  ")).isEqualTo("附件");
        assertThat(JdbcAttachments.cleanFilename("长".repeat(300) + ".docx")).hasSize(200).endsWith(".docx");
        assertThat(JdbcAttachments.extensionOf("报告.PDF")).isEqualTo("pdf");
    }
}
