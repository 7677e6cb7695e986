package cn.fazhi.platform.ops;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.support.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@FazhiIntegrationTest
@AutoConfigureMockMvc
class HealthTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;


    @Test
    void healthIsUpWithLivenessAndReadinessProbes() throws Exception {
        mvc.perform(get("/actuator/health").with(user("monitor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness").with(user("monitor"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness").with(user("monitor"))).andExpect(status().isOk());
    }

    @Test
    void healthNeedsNoSignIn() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
