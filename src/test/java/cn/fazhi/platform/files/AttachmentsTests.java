package cn.fazhi.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Uploads, downloads and scoped reads over the API and the pages, on the full application. Every test uses its own
 * random organisation ids (PostgreSQL runs share one database), with OWN_ORG / CUSTOM scopes, which need no org tree.
 */
@FazhiIntegrationTest
class AttachmentsTests {

    static final Set<String> READ_UPLOAD = Set.of(Attachments.READ, Attachments.UPLOAD);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlobStore blobs;
    @Autowired
    ContentInspector inspector;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformTransactionManager txManager;
    @Autowired
    Clock clock;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    long orgA;
    long orgB;
    FazhiPrincipal alice; // uploads in orgA
    FazhiPrincipal bob;   // reads in orgB only

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        orgA = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        orgB = orgA + 1;
        alice = principal(orgA, READ_UPLOAD, ownOrg(orgA));
        bob = principal(orgB, READ_UPLOAD, ownOrg(orgB));
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    static DataScope ownOrg(long orgId) {
        return new DataScope(false, Set.of(), Set.of(orgId), null);
    }

    static FazhiPrincipal principal(long orgId, Set<String> permissions, DataScope scope) {
        long userId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        return new FazhiPrincipal(userId, "u" + userId, "测试用户", orgId, "测试单位" + orgId, "/" + orgId + "/", null,
                true, false, Set.of("tester"), permissions, scope);
    }

    JsonNode upload(FazhiPrincipal who, String filename, String type, byte[] bytes) throws Exception {
        MvcResult r = mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", filename, type, bytes))
                        .param("purpose", "evidence").with(user(who)).with(csrf()))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(r.getResponse().getContentAsByteArray());
    }

    int rowsOf(long orgId) {
        return jdbc.queryForObject("select count(*) from attachment where org_id = ?", Integer.class, orgId);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void pdfUploadKeepsItsSha256AndDownloadReturnsTheIdenticalBytes() throws Exception {
        byte[] pdf = TestFiles.pdf();
        JsonNode a = upload(alice, "行政处罚决定书.pdf", "application/pdf", pdf);
        assertThat(a.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(a.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(a.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(a.get("orgId").asLong()).isEqualTo(orgA);
        assertThat(a.get("filename").asString()).isEqualTo("行政处罚决定书.pdf");
        assertThat(a.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        String id = a.get("id").asString();

        MvcResult r = mvc.perform(get("/api/files/" + id + "/content").with(user(alice)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn();
        assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(r.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A%E5%86%B3%E5%AE%9A%E4%B9%A6.pdf");
        assertThat(r.getResponse().getHeader("Repr-Digest")).isEqualTo("sha-256=:"
                + java.util.Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf)) + ":");
        assertThat(Files.exists(blobs.locate(sha256(pdf)))).isTrue();
        mvc.perform(get("/files/" + id).with(user(alice))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(sha256(pdf))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("行政处罚决定书.pdf")));
    }

    @Test
    void theFilesApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(alice))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/files'].post").exists())
                .andExpect(jsonPath("$.paths['/api/files/{id}/content'].get").exists());
    }

    @Test
    void docxGeneratedByPoiIsAcceptedAndDownloadedUnchanged() throws Exception {
        byte[] docx = TestFiles.docx("关于开展法治政府建设督察的通知");
        JsonNode a = upload(alice, "通知.docx", "application/octet-stream", docx);
        assertThat(a.get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(a.get("sha256").asString()).isEqualTo(sha256(docx));
        byte[] back = mvc.perform(get("/files/" + a.get("id").asString() + "/download").with(user(alice)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(docx);
    }

    @Test
    void renamedExeIsRefusedAsPdfAndAsDocxAndNothingIsWritten() throws Exception {
        byte[] exe = TestFiles.exe();
        for (String name : List.of("证据.pdf", "草稿.docx")) {
            mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", name, "application/pdf", exe))
                            .with(user(alice)).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("FILE_TYPE_FORBIDDEN"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("文件类型不允许:检测到可执行程序")));
        }
        assertThat(rowsOf(orgA)).isZero();
        assertThat(Files.exists(blobs.locate(sha256(exe)))).isFalse();
    }

    @Test
    void docxThatIsPlainTextIsRefusedWithAMessageNamingBoth() throws Exception {
        mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", "a.docx", "text/plain",
                        TestFiles.text("纯文本"))).with(user(alice)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("FILE_TYPE_MISMATCH"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString(".docx"), org.hamcrest.Matchers.containsString("纯文本"))));
        assertThat(rowsOf(orgA)).isZero();
    }

    @Test
    void uploadOver20MbIsRefusedWith413AndTheLimitInChinese() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, 100);
        mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", "大文件.pdf", "application/pdf", big))
                        .with(user(alice)).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("FILE_TOO_LARGE"))
                .andExpect(jsonPath("$.detail").value("文件超过大小限制(最大20MB)"));
        assertThat(rowsOf(orgA)).isZero();
        assertThat(Files.exists(blobs.locate(sha256(big)))).isFalse();
    }

    @Test
    void serviceWithASmallLimitRefusesALargerFileAndLeavesNoRowBlobOrTemporaryFile() throws Exception {
        JdbcAttachments small = new JdbcAttachments(jdbc, txManager, audit, blobs, inspector,
                new FilesProperties(DataSize.ofBytes(100), null, null), clock);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(alice, null, alice.getAuthorities()));
        byte[] pdf = TestFiles.pdf();
        assertThat(pdf.length).isGreaterThan(100);
        assertThatThrownBy(() -> small.store(orgA, "a.pdf", "application/pdf", new ByteArrayInputStream(pdf), null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("文件超过大小限制(最大100字节)")
                .extracting(e -> ((BusinessException) e).status()).isEqualTo(413);
        assertThat(rowsOf(orgA)).isZero();
        assertThat(Files.exists(blobs.locate(sha256(pdf)))).isFalse();
        try (var tmp = Files.list(blobs.root().resolve("tmp"))) {
            assertThat(tmp.filter(p -> p.toString().endsWith(".part")).toList()).isEmpty();
        }
    }

    @Test
    void emptyFileIsRefusedWith400() throws Exception {
        mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", "空.pdf", "application/pdf", new byte[0]))
                        .with(user(alice)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("文件为空,请选择有内容的文件"));
        assertThat(rowsOf(orgA)).isZero();
    }

    @Test
    void anotherOrganisationsAttachmentIsNotFoundForApiPageAndDownload() throws Exception {
        String id = upload(alice, "证据.pdf", "application/pdf", TestFiles.pdf()).get("id").asString();
        for (String url : List.of("/api/files/" + id, "/api/files/" + id + "/content")) {
            mvc.perform(get(url).with(user(bob)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("附件不存在或无权访问"));
        }
        for (String url : List.of("/files/" + id, "/files/" + id + "/download")) {
            mvc.perform(get(url).with(user(bob)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("附件不存在或无权访问")));
        }
        mvc.perform(delete("/api/files/" + id).with(user(bob)).with(csrf())).andExpect(status().isNotFound());
        // a malformed id looks the same as a missing one
        mvc.perform(get("/api/files/not-a-uuid").with(user(alice))).andExpect(status().isNotFound());
        JsonNode list = json.readTree(mvc.perform(get("/api/files").with(user(bob))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(list.get("items").valueStream().map(n -> n.get("id").asString())).doesNotContain(id);
        mvc.perform(get("/api/files/" + id).with(user(alice))).andExpect(status().isOk());
    }

    @Test
    void customScopeListsTheChosenOrganisationsOnly() throws Exception {
        long orgC = orgA + 2;
        String inA = upload(alice, "a.pdf", "application/pdf", TestFiles.pdf()).get("id").asString();
        String inB = upload(bob, "b.pdf", "application/pdf", TestFiles.pdf()).get("id").asString();
        String inC = upload(principal(orgC, READ_UPLOAD, ownOrg(orgC)), "c.pdf", "application/pdf", TestFiles.pdf())
                .get("id").asString();
        FazhiPrincipal supervisor = principal(orgA, Set.of(Attachments.READ),
                new DataScope(false, Set.of(), Set.of(orgA, orgB), null));
        JsonNode list = json.readTree(mvc.perform(get("/api/files?page=0&size=100").with(user(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        List<String> ids = list.get("items").valueStream().map(n -> n.get("id").asString()).toList();
        assertThat(ids).contains(inA, inB).doesNotContain(inC);
        mvc.perform(get("/files").with(user(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/files/" + inB)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(inC))));
    }

    @Test
    void uploadForAnOrganisationOutsideTheUploadersScopeIsRefused() throws Exception {
        mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf()))
                        .param("orgId", String.valueOf(orgB)).with(user(alice)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orgId"));
        assertThat(rowsOf(orgB)).isZero();
        FazhiPrincipal both = principal(orgA, READ_UPLOAD, new DataScope(false, Set.of(), Set.of(orgA, orgB), null));
        assertThat(mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                        TestFiles.pdf())).param("orgId", String.valueOf(orgB)).with(user(both)).with(csrf()))
                .andExpect(status().isCreated()).andReturn()).isNotNull();
        assertThat(rowsOf(orgB)).isOne();
    }

    @Test
    void uploadAndDeletionAreAudited() throws Exception {
        String id = upload(alice, "草稿.pdf", "application/pdf", TestFiles.pdf()).get("id").asString();
        mvc.perform(delete("/api/files/" + id).with(user(alice)).with(csrf())).andExpect(status().isNoContent());
        List<Map<String, Object>> records = jdbc.queryForList(
                "select action, actor_name from audit_record where entity_type = 'attachment' and entity_id = ? order by id", id);
        assertThat(records).extracting(m -> m.get("action")).containsExactly("CREATE", "DELETE");
        assertThat(records).extracting(m -> m.get("actor_name")).containsOnly(alice.getUsername());
        assertThat(rowsOf(orgA)).isZero();
        mvc.perform(get("/api/files/" + id).with(user(alice))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheUploaderOrAFilesManagerMayDelete() throws Exception {
        String id = upload(alice, "a.pdf", "application/pdf", TestFiles.pdf()).get("id").asString();
        FazhiPrincipal colleague = principal(orgA, READ_UPLOAD, ownOrg(orgA));
        mvc.perform(delete("/api/files/" + id).with(user(colleague)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("只有上传人或附件管理员可以删除附件"));
        assertThat(rowsOf(orgA)).isOne();
        FazhiPrincipal manager = principal(orgA, Set.of(Attachments.READ, Attachments.MANAGE), ownOrg(orgA));
        mvc.perform(post("/files/" + id + "/delete").with(user(manager)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/files"));
        assertThat(rowsOf(orgA)).isZero();
    }

    @Test
    void withoutPermissionUploadAndReadAreForbidden() throws Exception {
        FazhiPrincipal nobody = principal(orgA, Set.of(), ownOrg(orgA));
        mvc.perform(multipart("/api/files").file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf()))
                        .with(user(nobody)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("没有上传附件的权限"));
        mvc.perform(get("/api/files").with(user(nobody))).andExpect(status().isForbidden());
        mvc.perform(get("/files").with(user(nobody))).andExpect(status().isForbidden());
        assertThat(rowsOf(orgA)).isZero();
    }

    @Test
    void pageUploadStoresTheFileAndShowsARefusalInChineseOnTheForm() throws Exception {
        mvc.perform(multipart("/files").file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", TestFiles.pdf()))
                        .param("purpose", "scan").with(user(alice)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/files"));
        assertThat(rowsOf(orgA)).isOne();
        mvc.perform(multipart("/files").file(new MockMultipartFile("file", "伪装.docx", "application/octet-stream",
                        TestFiles.exe())).with(user(alice)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("文件类型不允许:检测到可执行程序")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("扫描件.pdf")));
        assertThat(rowsOf(orgA)).isOne();
        mvc.perform(get("/files").with(user(alice))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void sameBytesUploadedTwiceShareOneBlobThatSurvivesDeletingOneOfThem() throws Exception {
        byte[] pdf = TestFiles.pdf();
        String first = upload(alice, "一.pdf", "application/pdf", pdf).get("id").asString();
        String second = upload(alice, "二.pdf", "application/pdf", pdf).get("id").asString();
        assertThat(first).isNotEqualTo(second);
        mvc.perform(delete("/api/files/" + first).with(user(alice)).with(csrf())).andExpect(status().isNoContent());
        // the sweep (grace zero) keeps the blob the second attachment still references
        blobs.sweep(java.time.Duration.ZERO.minusSeconds(1), sha -> jdbc.queryForObject(
                "select count(*) from attachment where sha256 = ?", Integer.class, sha) > 0);
        byte[] back = mvc.perform(get("/api/files/" + second + "/content").with(user(alice)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);
        mvc.perform(delete("/api/files/" + second).with(user(alice)).with(csrf())).andExpect(status().isNoContent());
        blobs.sweep(java.time.Duration.ZERO.minusSeconds(1), sha -> jdbc.queryForObject(
                "select count(*) from attachment where sha256 = ?", Integer.class, sha) > 0);
        assertThat(Files.exists(blobs.locate(sha256(pdf)))).isFalse();
    }

    @Test
    void aDamagedBlobIsNeverServed() throws Exception {
        byte[] pdf = TestFiles.pdf();
        String id = upload(alice, "a.pdf", "application/pdf", pdf).get("id").asString();
        Files.write(blobs.locate(sha256(pdf)), TestFiles.pdf());
        mvc.perform(get("/api/files/" + id + "/content").with(user(alice)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("FILE_CORRUPT"));
    }


    /**
     * 本级及下级: a SUBTREE reader sees the files of its unit and every unit below it, not a unit elsewhere. The scope
     * resolves subtrees through {@code org_unit.path} (platform.org, V3). When that table exists (after the org module
     * is merged) the test takes a parent, a child and an outside unit from the demo tree; without it (the files branch
     * alone) it creates a minimal {@code org_unit(id, path)} for the duration of the test and drops it afterwards.
     */
    @Test
    void subtreeScopeSeesTheFilesOfItsUnitAndTheUnitsBelowIt() throws Exception {
        boolean created = false;
        Integer exists = jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) = 'org_unit'", Integer.class);
        long parent;
        String parentPath;
        long child;
        long outside;
        if (exists == null || exists == 0) {
            jdbc.execute("create table org_unit (id bigint not null primary key, path varchar(500) not null)");
            created = true;
            parent = orgA;
            child = orgA + 10;
            outside = orgA + 20;
            parentPath = "/" + parent + "/";
            jdbc.update("insert into org_unit (id, path) values (?, ?), (?, ?), (?, ?)", parent, parentPath,
                    child, parentPath + child + "/", outside, "/" + outside + "/");
        } else {
            List<Map<String, Object>> pairs = jdbc.queryForList("select p.id as pid, p.path as ppath, c.id as cid "
                    + "from org_unit p join org_unit c on c.path like p.path || '%' and c.id <> p.id order by p.id, c.id");
            org.junit.jupiter.api.Assumptions.assumeFalse(pairs.isEmpty(), "the demo tree has no unit with a subordinate");
            parent = ((Number) pairs.get(0).get("pid")).longValue();
            parentPath = (String) pairs.get(0).get("ppath");
            child = ((Number) pairs.get(0).get("cid")).longValue();
            List<Long> others = jdbc.queryForList("select id from org_unit where path not like ? order by id",
                    Long.class, parentPath + "%");
            org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "the demo tree has one branch only");
            outside = others.get(0);
        }
        try {
            String inParent = upload(principal(parent, READ_UPLOAD, ownOrg(parent)), "本级.pdf", "application/pdf",
                    TestFiles.pdf()).get("id").asString();
            String inChild = upload(principal(child, READ_UPLOAD, ownOrg(child)), "下级.pdf", "application/pdf",
                    TestFiles.pdf()).get("id").asString();
            String inOutside = upload(principal(outside, READ_UPLOAD, ownOrg(outside)), "外单位.pdf", "application/pdf",
                    TestFiles.pdf()).get("id").asString();
            FazhiPrincipal leader = principal(parent, Set.of(Attachments.READ),
                    new DataScope(false, Set.of(parentPath), Set.of(), null));
            JsonNode list = json.readTree(mvc.perform(get("/api/files?size=100").with(user(leader)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            List<String> ids = list.get("items").valueStream().map(n -> n.get("id").asString()).toList();
            assertThat(ids).contains(inParent, inChild).doesNotContain(inOutside);
            mvc.perform(get("/api/files/" + inChild + "/content").with(user(leader))).andExpect(status().isOk());
            mvc.perform(get("/api/files/" + inOutside).with(user(leader))).andExpect(status().isNotFound());
        } finally {
            if (created) {
                jdbc.execute("drop table org_unit");
            }
        }
    }

    @Test
    void selfScopeSeesOnlyOwnUploads() throws Exception {
        FazhiPrincipal clerk = principal(orgA, READ_UPLOAD, new DataScope(false, Set.of(), Set.of(), null));
        // 仅本人: the scope names the user; the principal's id must match the owner column
        FazhiPrincipal self = new FazhiPrincipal(clerk.userId(), clerk.getUsername(), "办事员", orgA, "测试单位", "/",
                null, true, false, Set.of("clerk"), READ_UPLOAD, new DataScope(false, Set.of(), Set.of(), clerk.userId()));
        String mine = upload(self, "本人.pdf", "application/pdf", TestFiles.pdf()).get("id").asString();
        String colleagues = upload(alice, "同事.pdf", "application/pdf", TestFiles.pdf()).get("id").asString();
        mvc.perform(get("/api/files/" + mine).with(user(self))).andExpect(status().isOk());
        mvc.perform(get("/api/files/" + colleagues).with(user(self))).andExpect(status().isNotFound());
    }

    static UUID uuid(JsonNode n) {
        return UUID.fromString(n.get("id").asString());
    }
}
