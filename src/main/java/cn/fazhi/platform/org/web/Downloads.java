package cn.fazhi.platform.org.web;

import cn.fazhi.platform.kernel.ApiErrorHandler;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.ImportRejected;
import cn.fazhi.platform.org.ImportResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Helpers shared by the import endpoints: template download, upload checks, the row-error problem detail. */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX).body(body);
    }

    static InputStream requireFile(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("file", "请选择要导入的 Excel 文件");
        }
        return file.getInputStream();
    }

    static Map<String, Object> resultBody(ImportResult r) {
        return Map.of("created", r.created(), "unchanged", r.unchanged(), "message", r.message());
    }

    /** 400 problem detail listing every row error ({@code rows}: row, column, message) as well as {@code errors}. */
    static ResponseEntity<ProblemDetail> rejected(ImportRejected e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = ApiErrorHandler.problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(),
                e.fieldErrors(), request);
        response.getBody().setProperty("rows", e.rowErrors());
        return response;
    }
}
