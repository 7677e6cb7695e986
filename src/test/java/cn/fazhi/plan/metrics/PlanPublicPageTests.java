package cn.fazhi.plan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.support.FazhiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Publishing (plan:publish, audited, only issued plans) and the public pages, which need no login. */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class PlanPublicPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcAccountDirectory directory;

    PlanFixture.Scenario s;
    String title;

    @BeforeEach
    void setUp() {
        title = "公开测试实施方案" + java.util.UUID.randomUUID().toString().substring(0, 6);
        s = new PlanFixture(jdbc).standard(title);
    }

    private RequestPostProcessor as(String username) {
        return user(directory.loadByUsername(username).orElseThrow());
    }

    @Test
    void anUnpublishedPlanIsNotFoundOnThePublicPageWithoutLogin() throws Exception {
        mvc.perform(get("/public/plans/{id}", s.plan())).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/public/plans")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/api/public/plans/{id}", s.plan())).andExpect(status().isNotFound());
        mvc.perform(get("/public/plans/not-a-uuid")).andExpect(status().isNotFound());
    }

    @Test
    void aPublishedPlanShowsTasksAndOnlyAcceptedProgressWithoutLogin() throws Exception {
        mvc.perform(post("/api/plans/{id}/publish", s.plan()).with(as("sfj")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'TRANSITION:PUBLISH'"
                + " and entity_type = 'plan' and entity_id = ?", Integer.class, s.county() + ":" + s.plan())).isEqualTo(1);

        mvc.perform(get("/public/plans")).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString("退出登录"))));
        mvc.perform(get("/public/plans/{id}", s.plan())).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("一、依法全面履行政府职能")))
                .andExpect(content().string(containsString("1.深化行政审批制度改革")))
                .andExpect(content().string(containsString("测试县财政局")))
                .andExpect(content().string(containsString("2017H1 推进情况")))
                .andExpect(content().string(containsString("已完成全部工作。")))
                // a submitted, not yet accepted report stays internal; the draft plan's task is not shown
                .andExpect(content().string(not(containsString("内部草稿"))))
                // personal data de-identified
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(not(containsString("退出登录"))));
        mvc.perform(get("/api/public/plans/{id}", s.plan())).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.areas[0].blocks[0].tasks[0].number").value(1));

        // publishing again changes nothing and audits nothing
        mvc.perform(post("/api/plans/{id}/publish", s.plan()).with(as("sfj")).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'TRANSITION:PUBLISH'"
                + " and entity_id = ?", Integer.class, s.county() + ":" + s.plan())).isEqualTo(1);

        mvc.perform(post("/api/plans/{id}/unpublish", s.plan()).with(as("sfj")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(false));
        mvc.perform(get("/public/plans/{id}", s.plan())).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'TRANSITION:UNPUBLISH'"
                + " and entity_id = ?", Integer.class, s.county() + ":" + s.plan())).isEqualTo(1);
    }

    @Test
    void aVisitorWithAnExpiredSessionCookieStillSeesThePublicPage() throws Exception {
        mvc.perform(post("/api/plans/{id}/publish", s.plan()).with(as("sfj")).with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/public/plans/{id}", s.plan()).cookie(new jakarta.servlet.http.Cookie("SESSION", "ZXhwaXJlZA==")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
    }

    @Test
    void aDraftPlanCannotBePublished() throws Exception {
        mvc.perform(post("/api/plans/{id}/publish", s.draftPlan()).with(as("sfj")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PLAN_NOT_PUBLISHABLE"));
        assertThat(jdbc.queryForObject("select published from plan where id = ?", Boolean.class, s.draftPlan())).isFalse();
    }

    @Test
    void publishingNeedsThePermissionAndThePlanInScope() throws Exception {
        mvc.perform(post("/api/plans/{id}/publish", s.plan()).with(as("czj")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/plans/{id}/publish", s.plan()).with(as("leader")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/plans/{id}/publish", java.util.UUID.randomUUID()).with(as("sfj")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select published from plan where id = ?", Boolean.class, s.plan())).isFalse();
    }

    @Test
    void theOverviewPageButtonsPublishAndUnpublish() throws Exception {
        mvc.perform(get("/plans/{id}/overview", s.plan()).with(as("sfj")))
                .andExpect(content().string(containsString("id=\"publish\"")));
        mvc.perform(post("/plans/{id}/publish", s.plan()).with(as("sfj")).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + s.plan() + "/overview"));
        mvc.perform(get("/public/plans/{id}", s.plan())).andExpect(status().isOk());
        mvc.perform(post("/plans/{id}/unpublish", s.plan()).with(as("sfj")).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + s.plan() + "/overview"));
        mvc.perform(get("/public/plans/{id}", s.plan())).andExpect(status().isNotFound());
    }
}
