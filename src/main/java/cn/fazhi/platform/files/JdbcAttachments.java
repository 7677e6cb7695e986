package cn.fazhi.platform.files;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.CurrentUser;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Attachments} on a JDBC table and the {@link BlobStore}. */
@Service
class JdbcAttachments implements Attachments {

    private static final Logger log = LoggerFactory.getLogger(JdbcAttachments.class);
    static final String ENTITY = "attachment";
    private static final String COLUMNS = "a.org_id, a.id, a.owner_user_id, a.filename, a.content_type, a.declared_type, "
            + "a.extension, a.size_bytes, a.sha256, a.purpose, a.created_at";
    private static final int MAX_FILENAME = 200;
    private static final int MAX_PAGE_SIZE = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final BlobStore blobs;
    private final ContentInspector inspector;
    private final FilesProperties properties;
    private final Clock clock;

    JdbcAttachments(JdbcTemplate jdbc, PlatformTransactionManager txManager, AuditLog audit, BlobStore blobs,
            ContentInspector inspector, FilesProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.audit = audit;
        this.blobs = blobs;
        this.inspector = inspector;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public AttachmentRef store(long orgId, String filename, String declaredType, InputStream in, String purpose) {
        FazhiPrincipal user = CurrentUser.get();
        String name = cleanFilename(filename);
        String extension = extensionOf(name);
        String cleanPurpose = clean(purpose, 64);
        String cleanDeclared = clean(declaredType, 255);
        if (!orgInScope(user, orgId)) {
            throw BusinessException.invalid("orgId", "不能为本人数据权限范围以外的单位上传附件");
        }
        BlobStore.Staged staged;
        try {
            staged = blobs.stage(in, properties.maxSize().toBytes(), properties.maxSizeLabel());
        } catch (IOException e) {
            throw new BusinessException("UPLOAD_UNREADABLE", "上传内容读取失败,请重新上传", 400);
        }
        boolean created;
        try {
            if (staged.size() == 0) {
                throw BusinessException.invalid("file", "文件为空,请选择有内容的文件");
            }
            FileKind kind = inspector.inspect(staged.file(), extension, properties.allowedExtensions());
            created = blobs.commit(staged);
            try {
                AttachmentInfo info = new AttachmentInfo(UUID.randomUUID(), orgId, user.userId(), name,
                        kind.contentType(), cleanDeclared, kind.extension(), staged.size(), staged.sha256(),
                        cleanPurpose, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
                tx.executeWithoutResult(status -> insert(info));
                return info.ref();
            } catch (RuntimeException e) {
                // nothing half-written stays behind: drop a blob this upload created and nobody references
                if (created && !referenced(staged.sha256())) {
                    blobs.delete(staged.sha256());
                }
                throw e;
            }
        } catch (IOException e) {
            throw new BusinessException("UPLOAD_UNREADABLE", "上传内容读取失败,请重新上传", 400);
        } finally {
            blobs.discard(staged);
        }
    }

    private void insert(AttachmentInfo a) {
        jdbc.update("""
                insert into attachment (org_id, id, owner_user_id, filename, content_type, declared_type, extension,
                                        size_bytes, sha256, storage_key, purpose, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                a.orgId(), a.id(), a.ownerUserId(), a.filename(), a.contentType(), a.declaredType(), a.extension(),
                a.size(), a.sha256(), BlobStore.storageKey(a.sha256()), a.purpose(), a.createdAt());
        audit.record("CREATE", ENTITY, a.id().toString(), null, auditView(a));
    }

    @Override
    public Optional<AttachmentInfo> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        DataScope.SqlCondition scope = CurrentUser.get().scope().filter("a.org_id", "a.owner_user_id");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(scope.params());
        List<AttachmentInfo> rows = jdbc.query("select " + COLUMNS + " from attachment a where a.id = ? and "
                + scope.sql(), JdbcAttachments::map, params.toArray());
        return rows.stream().findFirst();
    }

    @Override
    public InputStream open(UUID id) {
        AttachmentInfo info = find(id).orElseThrow(JdbcAttachments::notFound);
        try {
            return blobs.openVerified(info.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public AttachmentPage list(int page, int size) {
        int p = Math.max(page, 0);
        int s = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
        DataScope.SqlCondition scope = CurrentUser.get().scope().filter("a.org_id", "a.owner_user_id");
        Long total = jdbc.queryForObject("select count(*) from attachment a where " + scope.sql(), Long.class,
                scope.paramArray());
        List<Object> params = new ArrayList<>(scope.params());
        params.add(s);
        params.add((long) p * s);
        List<AttachmentInfo> items = jdbc.query("select " + COLUMNS + " from attachment a where " + scope.sql()
                + " order by a.created_at desc, a.id limit ? offset ?", JdbcAttachments::map, params.toArray());
        return new AttachmentPage(items, p, s, total == null ? 0 : total);
    }

    @Override
    public void delete(UUID id) {
        FazhiPrincipal user = CurrentUser.get();
        AttachmentInfo info = find(id).orElseThrow(JdbcAttachments::notFound);
        if (info.ownerUserId() != user.userId() && !user.can(MANAGE)) {
            throw BusinessException.forbidden("只有上传人或附件管理员可以删除附件");
        }
        tx.executeWithoutResult(status -> {
            int n = jdbc.update("delete from attachment where org_id = ? and id = ?", info.orgId(), info.id());
            if (n == 0) {
                throw notFound();
            }
            audit.record("DELETE", ENTITY, info.id().toString(), auditView(info), null);
        });
        // the blob stays until the orphan sweep: other attachments may share it, and an upload of the same bytes
        // may be reusing it right now (OrphanBlobSweep, fazhi.files.orphan-grace)
        log.info("Attachment {} deleted by {}", info.id(), user.getUsername());
    }

    boolean referenced(String sha256) {
        Integer n = jdbc.queryForObject("select count(*) from attachment where sha256 = ?", Integer.class, sha256);
        return n != null && n > 0;
    }

    /** True when records of {@code orgId} fall within the user's data scope (the user's own unit always does). */
    private boolean orgInScope(FazhiPrincipal user, long orgId) {
        if (orgId == user.orgId()) {
            return true;
        }
        DataScope.SqlCondition scope = user.scope().filter("x.org_id", null);
        List<Object> params = new ArrayList<>();
        params.add(orgId);
        params.addAll(scope.params());
        Integer n = jdbc.queryForObject("select count(*) from (select cast(? as bigint) as org_id) x where "
                + scope.sql(), Integer.class, params.toArray());
        return n != null && n > 0;
    }

    private static Map<String, Object> auditView(AttachmentInfo a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orgId", a.orgId());
        m.put("filename", a.filename());
        m.put("contentType", a.contentType());
        m.put("size", a.size());
        m.put("sha256", a.sha256());
        m.put("purpose", a.purpose());
        return m;
    }

    static BusinessException notFound() {
        return new BusinessException("NOT_FOUND", "附件不存在或无权访问", 404);
    }

    private static AttachmentInfo map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new AttachmentInfo(rs.getObject("id", UUID.class), rs.getLong("org_id"), rs.getLong("owner_user_id"),
                rs.getString("filename"), rs.getString("content_type"), rs.getString("declared_type"),
                rs.getString("extension"), rs.getLong("size_bytes"), rs.getString("sha256").trim(),
                rs.getString("purpose"), created == null ? null : created.withOffsetSameInstant(ZoneOffset.ofHours(8)));
    }

    /**
     * The client's name reduced to its last path segment, without control characters, at most 200 characters
     * (keeping the extension). It is shown and offered on download, never used to build a path.
     */
    static String cleanFilename(String filename) {
        String name = filename == null ? "" : filename;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
                .forEach(sb::appendCodePoint);
        name = sb.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "附件";
        }
        if (name.length() > MAX_FILENAME) {
            String ext = extensionOf(name);
            String keep = ext.isEmpty() || ext.length() > 10 ? "" : "." + ext;
            name = name.substring(0, MAX_FILENAME - keep.length()) + keep;
        }
        return name;
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static String clean(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
