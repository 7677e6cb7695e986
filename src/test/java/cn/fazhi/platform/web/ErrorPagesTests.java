package cn.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import jakarta.servlet.RequestDispatcher;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * MockMvc does not forward to the container's error page, so each case is two steps: the request that fails (its
 * status), then the error dispatch the container would make ({@code /error} with the servlet error attributes).
 * The browser tests see the same pages through a real server.
 */
@FazhiIntegrationTest
@AutoConfigureMockMvc
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private final FazhiPrincipal staff = WebTestUsers.user("王测试", "测试财政局", Set.of(), Set.of());

    @Test
    void theShellReplacesBootsErrorController() {
        assertThat(context.getBeansOfType(ErrorController.class).values())
                .singleElement().isInstanceOf(ErrorPages.class);
    }

    @Test
    void aMissingPageGivesTheChinese404Page() throws Exception {
        mvc.perform(get("/no-such-page").with(user(staff)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        String html = mvc.perform(errorDispatch(404, "/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("页面不存在", "返回首页", "lang=\"zh-CN\"");
    }

    @Test
    void aMissingApiAddressGivesProblemJson() throws Exception {
        mvc.perform(get("/api/no-such-thing").with(user(staff)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(errorDispatch(404, "/api/no-such-thing").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("您访问的页面或记录不存在,或不在您的查看范围内。"))
                .andExpect(jsonPath("$.instance").value("/api/no-such-thing"));
    }

    @Test
    void eachErrorStatusHasItsChinesePage() throws Exception {
        assertPage(400, "请求有误");
        assertPage(403, "没有访问权限");
        assertPage(500, "系统内部错误");
        assertPage(405, "不支持的请求方式");
    }

    @Test
    void anInternalErrorNeverShowsTheExceptionOrAStackTrace() throws Exception {
        IllegalStateException secret = new IllegalStateException("secret-internal-detail jdbc:h2:password");
        String html = mvc.perform(errorDispatch(500, "/some/page")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, secret)
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, secret.getMessage())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("系统内部错误")
                .doesNotContain("secret-internal-detail", "IllegalStateException", "at cn.fazhi", "Whitelabel");
        String json = mvc.perform(errorDispatch(500, "/api/x")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, secret)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("secret-internal-detail", "IllegalStateException", "trace");
    }

    private void assertPage(int status, String chineseTitle) throws Exception {
        String html = mvc.perform(errorDispatch(status, "/x").accept(MediaType.TEXT_HTML))
                .andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(chineseTitle, "返回首页");
    }

    private MockHttpServletRequestBuilder errorDispatch(int status, String uri) {
        return get("/error").with(user(staff))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
    }
}
