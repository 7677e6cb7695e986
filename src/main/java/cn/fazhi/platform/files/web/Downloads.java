package cn.fazhi.platform.files.web;

import cn.fazhi.platform.files.AttachmentInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The download response shared by the page and the API. */
final class Downloads {

    private Downloads() {
    }

    /**
     * Always an attachment (never rendered inline), with the type proven by sniffing and {@code nosniff}, so that a
     * browser never executes uploaded content. The name is given twice: an ASCII fallback and the UTF-8 original
     * (RFC 6266 with RFC 5987 {@code filename*}).
     */
    static ResponseEntity<Resource> response(AttachmentInfo info, InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(info.contentType()))
                .contentLength(info.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(info.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header(HttpHeaders.ETAG, "\"" + info.sha256() + "\"")
                // RFC 9530: lets a client check the bytes it received against the stored checksum
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(info.sha256())) + ":")
                .body(new InputStreamResource(content));
    }

    static String contentDisposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
