package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.support.FazhiIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@FazhiIntegrationTest
@AutoConfigureMockMvc
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;


    @Test
    void apiDocsAndTheirPageNeedNoSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void apiDocsListThePlatformPathsWithTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(WebTestUsers.user("甲", "乙", Set.of(), Set.of()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("法治政府建设平台 API"))
                .andExpect(jsonPath("$.paths['/api/home/todos'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearerAuth").isArray())
                .andExpect(jsonPath("$.servers[0].url").value("/"));
    }

    @Test
    void theBrowsableDocumentationPageIsServed() throws Exception {
        int s = mvc.perform(get("/swagger-ui.html").with(user(WebTestUsers.user("甲", "乙", Set.of(), Set.of()))))
                .andReturn().getResponse().getStatus();
        assertThat(s).isIn(200, 302);
        mvc.perform(get("/swagger-ui/index.html").with(user(WebTestUsers.user("甲", "乙", Set.of(), Set.of()))))
                .andExpect(status().isOk());
    }
}
