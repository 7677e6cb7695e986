package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@FazhiIntegrationTest
@AutoConfigureMockMvc
class HomePageTests {

    @Autowired
    MockMvc mvc;

    private final FazhiPrincipal staff = WebTestUsers.user("王测试", "测试财政局", Set.of("部门经办人"), Set.of("files:read"));

    @Test
    void homePageGreetsTheUserWithNameOrganisationAndRoles() throws Exception {
        String html = mvc.perform(get("/").with(user(staff)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("王测试", "测试财政局", "部门经办人", "待办事项", "id=\"todos\"", "法治政府建设平台");
    }

    @Test
    void homePageShowsQuickLinksAndMenusByPermission() throws Exception {
        String html = mvc.perform(get("/").with(user(staff)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/files\"", "href=\"/calendar\"")
                .doesNotContain("href=\"/admin/audit\"", "href=\"/admin/users\"", "系统管理");
    }

    @Test
    void aUserWithoutTodosSeesTheEmptyStateAndAnEmptyJsonList() throws Exception {
        mvc.perform(get("/api/home/todos").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$").isArray())
                .andExpect(jsonPath("$.length()").value(0));
        String html = mvc.perform(get("/").with(user(staff)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("暂无待办事项");
    }

    @Test
    void homePageRequiresSignIn() throws Exception {
        int s = mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
        assertThat(s).isIn(302, 401);
    }
}
