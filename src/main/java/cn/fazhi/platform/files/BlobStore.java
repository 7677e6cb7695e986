package cn.fazhi.platform.files;

import cn.fazhi.platform.kernel.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed blobs under {@code ${fazhi.data-dir}/files}: {@code <sha256[0:2]>/<sha256>}. The same bytes are
 * stored once; a blob never changes after it is written (write to {@code tmp/}, then an atomic rename), so a reader
 * can trust a blob whose checksum still matches its name. Paths come only from the checksum, never from a client's
 * file name.
 */
@Component
class BlobStore {

    private static final Logger log = LoggerFactory.getLogger(BlobStore.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path tmp;
    private final Clock clock;

    BlobStore(@Value("${fazhi.data-dir}") String dataDir, Clock clock) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
        this.tmp = root.resolve("tmp");
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    /** Bytes written to a temporary file with their checksum and size; not yet visible as a blob. */
    record Staged(Path file, String sha256, long size) {
    }

    /**
     * Copy the stream to a temporary file, hashing as it goes. Stops and deletes the file as soon as it grows past
     * {@code maxBytes}, so an oversized upload leaves nothing behind.
     */
    Staged stage(InputStream in, long maxBytes, String limitLabel) throws IOException {
        Files.createDirectories(tmp);
        Path file = tmp.resolve(UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long size = 0;
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new BusinessException("FILE_TOO_LARGE", "文件超过大小限制(最大" + limitLabel + ")", 413);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
        return new Staged(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Make staged bytes the blob of their checksum. Returns true when this call created the blob (so that the caller
     * may remove it again if recording the attachment fails), false when identical bytes were already stored.
     */
    boolean commit(Staged staged) throws IOException {
        Path target = locate(staged.sha256());
        if (Files.exists(target)) {
            try {
                // a fresh mtime keeps the orphan sweep away from a blob that is being referenced again
                Files.setLastModifiedTime(target, FileTime.from(Instant.now(clock)));
                Files.deleteIfExists(staged.file());
                return false;
            } catch (NoSuchFileException swept) {
                // removed meanwhile by the sweep: fall through and write it again
            }
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged.file(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            log.warn("Could not delete staged upload {}", staged.file(), e);
        }
    }

    /** The relative storage key of a checksum, e.g. {@code ab/ab12…}. */
    static String storageKey(String sha256) {
        requireSha(sha256);
        return sha256.substring(0, 2) + "/" + sha256;
    }

    Path locate(String sha256) {
        return root.resolve(storageKey(sha256));
    }

    /**
     * Open a blob after checking that its bytes still hash to its name; a damaged or missing blob is an error the
     * administrator must see, never silently served.
     */
    InputStream openVerified(String sha256) throws IOException {
        Path file = locate(sha256);
        if (!Files.exists(file)) {
            log.error("Attachment blob {} is missing", file);
            throw new BusinessException("FILE_MISSING", "附件内容缺失,请联系管理员从备份恢复", 500);
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            log.error("Attachment blob {} is damaged: checksum {}", file, actual);
            throw new BusinessException("FILE_CORRUPT", "附件内容校验失败(SHA-256 不一致),请联系管理员从备份恢复", 500);
        }
        return Files.newInputStream(file);
    }

    /** Delete the blob if it exists. */
    void delete(String sha256) {
        try {
            Files.deleteIfExists(locate(sha256));
        } catch (IOException e) {
            log.warn("Could not delete blob {}", sha256, e);
        }
    }

    /**
     * Remove blobs no attachment references and temporary files left by interrupted uploads, both only when older
     * than {@code grace}. The modification time is checked again just before deleting, because an upload of the same
     * bytes refreshes it.
     *
     * @return number of files removed
     */
    int sweep(Duration grace, Predicate<String> referenced) {
        Instant cutoff = Instant.now(clock).minus(grace);
        int removed = 0;
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                boolean isTmp = dir.equals(tmp);
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        if (!olderThan(file, cutoff)) {
                            continue;
                        }
                        if (isTmp || (SHA256_HEX.matcher(name).matches() && !referenced.test(name)
                                && olderThan(file, cutoff))) {
                            Files.deleteIfExists(file);
                            removed++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    private static boolean olderThan(Path file, Instant cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static void requireSha(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case SHA-256 hex digest: " + sha256);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
