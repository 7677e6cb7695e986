package cn.fazhi.platform.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.support.FazhiIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Excel import: all rows validated first, nothing written on any error, re-import changes nothing. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class ExcelImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcAccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    OrgTestSupport t;

    @BeforeEach
    void setUp() {
        t = new OrgTestSupport(directory, jdbc);
    }

    /** A workbook with a header row and data rows; a cell value that is a Number is written as a numeric cell. */
    static byte[] workbook(List<String> headers, List<List<Object>> rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("导入");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final List<String> ORG_HEADERS = List.of("单位名称*", "上级单位", "单位类型*", "简称", "编码*", "排序");
    private static final List<String> USER_HEADERS = List.of("用户名*", "姓名*", "所属单位*", "角色", "手机", "初始密码*");

    private ResultActions upload(String url, byte[] file, String who) throws Exception {
        return mvc.perform(multipart(url).file(new MockMultipartFile("file", "导入.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)).with(t.as(who)).with(csrf()));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void organisationsImportWithParentsLaterInTheFileAndReimportChangesNothing() throws Exception {
        String s = OrgTestSupport.suffix();
        byte[] file = workbook(ORG_HEADERS, List.of(
                List.of("综合科" + s, "T" + s, "内设机构", "", "T" + s + "-ZHK", 10),      // parent defined two rows below
                List.of("法规科" + s, "示范市测试局" + s, "内设机构", "", "T" + s + "-FGK", 20), // parent by name
                List.of("示范市测试局" + s, "CITY", "政府部门", "测试局", "T" + s, 300)));
        upload("/api/orgs/import", file, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3)).andExpect(jsonPath("$.unchanged").value(0));
        String parentPath = t.orgPath("T" + s);
        assertThat(parentPath).isEqualTo(t.orgPath("CITY") + t.orgId("T" + s) + "/");
        assertThat(t.orgPath("T" + s + "-ZHK")).isEqualTo(parentPath + t.orgId("T" + s + "-ZHK") + "/");
        assertThat(t.orgPath("T" + s + "-FGK")).startsWith(parentPath);

        upload("/api/orgs/import", file, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(3));
        assertThat(count("select count(*) from org_unit where code like ?", "T" + s + "%")).isEqualTo(3);
    }

    @Test
    void aMalformedOrganisationFileIsRejectedWholeWithRowErrors() throws Exception {
        String s = OrgTestSupport.suffix();
        byte[] file = workbook(ORG_HEADERS, List.of(
                List.of("好单位" + s, "CITY", "政府部门", "", "G" + s, 1),
                List.of("坏单位" + s, "不存在的上级" + s, "政府部门", "", "G" + s + "-2", "第一"),
                List.of("", "CITY", "部委", "", "G" + s, 3)));
        upload("/api/orgs/import", file, "admin").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("IMPORT_INVALID"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("未导入任何数据")))
                .andExpect(jsonPath("$.rows[*].row").value(Matchers.hasItems(3, 4)))
                .andExpect(jsonPath("$.rows[?(@.row == 3 && @.column == '排序')].message").value(Matchers.hasItem(Matchers.containsString("排序须为整数"))))
                .andExpect(jsonPath("$.rows[?(@.row == 3 && @.column == '上级单位')]").isNotEmpty())
                .andExpect(jsonPath("$.rows[?(@.row == 4 && @.column == '单位名称')]").isNotEmpty())
                .andExpect(jsonPath("$.rows[?(@.row == 4 && @.column == '单位类型')]").isNotEmpty())
                .andExpect(jsonPath("$.rows[?(@.row == 4 && @.column == '编码')].message").value(Matchers.hasItem(Matchers.containsString("与第2行重复"))));
        assertThat(count("select count(*) from org_unit where code like ?", "G" + s + "%")).isZero();
    }

    @Test
    void usersImportAllOrNothingAndIdempotent() throws Exception {
        String s = OrgTestSupport.suffix();
        byte[] good = workbook(USER_HEADERS, List.of(
                List.of("imp1" + s, "张三", "CZJ", "部门经办人", 13800001111L, "Init#Pass1"),
                List.of("imp2" + s, "李四", "示范市人民法院", "PARTNER、LEADER", "", "Init#Pass2")));
        upload("/api/users/import", good, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.unchanged").value(0));
        var imported = t.principal("imp1" + s);
        assertThat(imported.orgId()).isEqualTo(t.orgId("CZJ"));
        assertThat(imported.roles()).containsExactly("DEPT_STAFF");
        assertThat(imported.mustChangePassword()).isTrue();
        assertThat(jdbc.queryForObject("select phone from app_user where username = ?", String.class, "imp1" + s)).isEqualTo("13800001111");
        assertThat(t.principal("imp2" + s).roles()).containsExactlyInAnyOrder("PARTNER", "LEADER");

        upload("/api/users/import", good, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(2));

        byte[] bad = workbook(USER_HEADERS, List.of(
                List.of("imp3" + s, "王五", "GAJ", "部门经办人", "", "Init#Pass3"),     // valid on its own
                List.of("imp4" + s, "赵六", "GAJ", "不存在的角色", "", "Init#Pass4"),
                List.of("imp5" + s, "钱七", "GAJ", "", "", "weak"),
                List.of("imp3" + s, "重复", "无此单位" + s, "", "abc", "Init#Pass5"),
                List.of("imp1" + s, "张三改", "CZJ", "部门经办人", "", "Init#Pass1")));
        upload("/api/users/import", bad, "admin").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[?(@.row == 3)].message").value(Matchers.hasItem("角色“不存在的角色”不存在")))
                .andExpect(jsonPath("$.rows[?(@.row == 4 && @.column == '初始密码')]").isNotEmpty())
                .andExpect(jsonPath("$.rows[?(@.row == 5 && @.column == '用户名')].message").value(Matchers.hasItem(Matchers.containsString("与第2行重复"))))
                .andExpect(jsonPath("$.rows[?(@.row == 5 && @.column == '所属单位')]").isNotEmpty())
                .andExpect(jsonPath("$.rows[?(@.row == 5 && @.column == '手机')]").isNotEmpty())
                .andExpect(jsonPath("$.rows[?(@.row == 6)].message").value(Matchers.hasItem(Matchers.containsString("已存在"))));
        assertThat(count("select count(*) from app_user where username in (?, ?, ?)", "imp3" + s, "imp4" + s, "imp5" + s)).isZero();
        assertThat(jdbc.queryForObject("select display_name from app_user where username = ?", String.class, "imp1" + s)).isEqualTo("张三");
    }

    @Test
    void aScopedImporterCannotPlaceUsersOutsideItsScopeOrGrantBiggerRoles() throws Exception {
        String s = OrgTestSupport.suffix();
        byte[] file = workbook(USER_HEADERS, List.of(
                List.of("sc1" + s, "甲", "GAJ", "部门经办人", "", "Init#Pass1"),
                List.of("sc2" + s, "乙", "CZJ", "系统管理员", "", "Init#Pass2")));
        upload("/api/users/import", file, "deptadmin").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[?(@.row == 2)].message").value(Matchers.hasItem(Matchers.containsString("不存在或无权访问"))))
                .andExpect(jsonPath("$.rows[?(@.row == 3)].message").value(Matchers.hasItem(Matchers.containsString("无权分配角色"))));
        assertThat(count("select count(*) from app_user where username like ?", "sc_" + s)).isZero();
        upload("/api/users/import", file, "czj").andExpect(status().isForbidden());
        upload("/api/orgs/import", file, "deptadmin").andExpect(status().isForbidden());
    }

    @Test
    void aFileThatIsNotExcelOrLacksHeadersIsRefused() throws Exception {
        upload("/api/users/import", "not excel".getBytes(), "admin").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[0].message").value(Matchers.containsString("文件无法读取")));
        upload("/api/orgs/import", workbook(List.of("名称"), List.of(List.of("某"))), "admin").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[*].message").value(Matchers.hasItem(Matchers.containsString("缺少表头“单位名称”"))));
    }

    @Test
    void templatesCarryTheHeaders() throws Exception {
        byte[] body = mvc.perform(get("/api/users/import-template").with(t.as("admin"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row head = wb.getSheetAt(0).getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("用户名*");
            assertThat(head.getCell(5).getStringCellValue()).isEqualTo("初始密码*");
        }
        byte[] orgs = mvc.perform(get("/api/orgs/import-template").with(t.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(orgs))) {
            Row head = wb.getSheetAt(0).getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("单位名称*");
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("上级单位");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void theImportPageShowsRowErrors() throws Exception {
        String s = OrgTestSupport.suffix();
        byte[] file = workbook(ORG_HEADERS, List.of(List.of("页面单位" + s, "无此上级" + s, "政府部门", "", "P" + s, "")));
        mvc.perform(multipart("/admin/import/orgs").file(new MockMultipartFile("file", "x.xlsx", null, file))
                .with(t.as("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("第2行【上级单位】")));
        assertThat(count("select count(*) from org_unit where code = ?", "P" + s)).isZero();
    }
}
