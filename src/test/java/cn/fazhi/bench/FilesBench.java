package cn.fazhi.bench;

import cn.fazhi.platform.files.AttachmentRef;
import cn.fazhi.platform.files.Attachments;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Attachment upload and download throughput (1 MB PDFs) against the plain work of saving and reading the same bytes:
 * the baseline hashes and writes each file with {@code Files.write}; the feature adds type sniffing, the atomic move,
 * the row, the audit record and, on download, checksum verification before serving.
 */
@FazhiIntegrationTest
@Tag("bench")
class FilesBench {

    static final int FILES = 60;
    static final int SIZE = 1024 * 1024;

    @Autowired
    Attachments attachments;

    @Value("${fazhi.data-dir}")
    String dataDir;

    @Test
    void uploadAndDownloadThroughput() throws Exception {
        long orgId = 3_000_000_000L + new Random().nextInt(1_000_000);
        FazhiPrincipal user = new FazhiPrincipal(orgId, "bench" + orgId, "基准", orgId, "基准单位", "/", null, true, false,
                Set.of("bench"), Set.of(Attachments.UPLOAD, Attachments.READ),
                new DataScope(false, Set.of(), Set.of(orgId), null));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        List<byte[]> files = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < FILES * 2 + 10; i++) {
            byte[] b = new byte[SIZE];
            random.nextBytes(b);
            System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 9);
            files.add(b);
        }
        Path plain = Files.createDirectories(Path.of(dataDir, "bench-plain"));
        // warm-up
        for (int i = 0; i < 10; i++) {
            attachments.store(orgId, "w" + i + ".pdf", "application/pdf", new ByteArrayInputStream(files.get(i)), "bench");
        }
        long t0 = System.nanoTime();
        for (int i = 10; i < 10 + FILES; i++) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(files.get(i));
            Files.write(plain.resolve(java.util.HexFormat.of().formatHex(md.digest())), files.get(i));
        }
        long baseline = System.nanoTime() - t0;
        List<AttachmentRef> refs = new ArrayList<>();
        t0 = System.nanoTime();
        for (int i = 10 + FILES; i < 10 + 2 * FILES; i++) {
            refs.add(attachments.store(orgId, "证据" + i + ".pdf", "application/pdf",
                    new ByteArrayInputStream(files.get(i)), "bench"));
        }
        long feature = System.nanoTime() - t0;
        double mb = (double) FILES * SIZE / (1024 * 1024);
        Bench.report("files.upload_1mb_pdf", mb / (feature / 1e9), mb / (baseline / 1e9), "MB/s");

        List<Path> plainFiles;
        try (var s = Files.list(plain)) {
            plainFiles = s.toList();
        }
        t0 = System.nanoTime();
        long sink = 0;
        for (Path p : plainFiles) {
            sink += Files.readAllBytes(p).length;
        }
        baseline = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (AttachmentRef ref : refs) {
            try (InputStream in = attachments.open(ref.id())) {
                sink += in.readAllBytes().length;
            }
        }
        feature = System.nanoTime() - t0;
        Bench.report("files.download_verified_1mb_pdf", mb / (feature / 1e9), mb / (baseline / 1e9), "MB/s");
        System.out.println("bytes read " + sink);
        SecurityContextHolder.clearContext();
    }
}
