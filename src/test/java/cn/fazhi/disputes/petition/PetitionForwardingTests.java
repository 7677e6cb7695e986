package cn.fazhi.disputes.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.litigation.DisputesFixtures;
import cn.fazhi.disputes.litigation.DisputesTest;
import cn.fazhi.disputes.litigation.DisputesTestClock;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.platform.web.TodoContributor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * 转送/交办 (信访工作条例 第二十二条、第二十三条): a petition received by 市财政局, which has no power over the matter, goes
 * to 东城街道办事处 before any acceptance decision; the receiving organ sees it in its list and to-dos and has 15 days
 * from receipt; a third organ (西城街道) does not see it; the sender can no longer decide; a state past acceptance
 * refuses forwarding in Chinese.
 */
@DisputesTest
class PetitionForwardingTests {

    @Autowired PetitionService service;
    @Autowired DisputesTestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired List<TodoContributor> todos;
    @Autowired WebApplicationContext context;

    DisputesFixtures fx;
    FazhiPrincipal czj;
    FazhiPrincipal dcjd;
    FazhiPrincipal xcjd;

    @BeforeEach
    void setUp() {
        fx = new DisputesFixtures(jdbc, accounts);
        czj = fx.user("czj");
        dcjd = fx.user("dcjd");
        xcjd = fx.user("xcjd");
        clock.setDay(LocalDate.of(2025, 11, 14));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    Petition receivedByCzj() {
        return service.receive(new PetitionService.NewPetition(null, "LETTER", "潘某" + UUID.randomUUID().toString().substring(0, 4),
                "反映东城街道某小区违建长期未处理", "CLAIM", LocalDate.of(2025, 10, 30)), czj);
    }

    Petition forwarded() {
        Petition p = receivedByCzj();
        return service.forward(p.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 3), "东城街道办事处", "TRANSFER",
                "违法建设查处属街道办事处职责"), czj);
    }

    static String refusal(Runnable r) {
        return PetitionRulesTests.message(r);
    }

    @Test
    void theReceivingOrgansFifteenDaysRunFromItsReceiptAndTheSendersStepIsMet() {
        Petition p = forwarded();
        assertThat(p.forwardedToOrgId()).isEqualTo(fx.org("DCJD"));
        assertThat(p.forwardedFromOrgId()).isEqualTo(fx.org("CZJ"));
        assertThat(p.state()).isEqualTo(PetitionState.RECEIVED);
        // the sender's 15 days (第二十二条、第二十三条) met on the day of forwarding
        assertThat(p.deadline(Petition.STEP_ACCEPTANCE).doneOn()).isEqualTo(LocalDate.of(2025, 11, 3));
        // the receiver's 15 days from its receipt: 2025-11-03 + 15 = 2025-11-18 (第二十三条第三款)
        CaseDeadline d = p.deadline(Petition.STEP_FORWARDED_ACCEPTANCE);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 11, 18));
        assertThat(d.basis()).contains("第二十三条第三款");
        assertThat(d.open()).isTrue();
        // the receiving organ accepts; the 60 days of handling run from its acceptance: 11-10 + 60 = 2026-01-09
        p = service.accept(p.id(), new PetitionService.AcceptRequest(LocalDate.of(2025, 11, 10), "东城街道办事处"), dcjd);
        assertThat(p.deadline(Petition.STEP_FORWARDED_ACCEPTANCE).doneOn()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(p.deadline(Petition.STEP_HANDLING).due()).isEqualTo(LocalDate.of(2026, 1, 9));
        // an acceptance before the receipt is refused
        Petition q = forwarded();
        assertThat(refusal(() -> service.accept(q.id(), new PetitionService.AcceptRequest(LocalDate.of(2025, 11, 1),
                "东城街道办事处"), dcjd))).contains("不能早于收到转送日期");
    }

    @Test
    void theReceivingOrganSeesItInItsListAndToDosAndAThirdOrganDoesNot() {
        Petition p = forwarded();
        assertThat(service.list(dcjd, null, null, p.petitioner(), 0, 50)).extracting(Petitions.Row::id).contains(p.id());
        assertThat(todos.stream().flatMap(t -> t.todosFor(dcjd).stream()))
                .anySatisfy(t -> assertThat(t.link()).isEqualTo("/petitions/" + p.id()));
        // the sender keeps its record but no longer has the decision as a to-do
        assertThat(todos.stream().flatMap(t -> t.todosFor(czj).stream())).noneSatisfy(t -> assertThat(t.link())
                .isEqualTo("/petitions/" + p.id()));
        assertThat(service.get(p.id(), czj).id()).isEqualTo(p.id());
        // a third organ: not in its list, "not found" by id
        assertThat(service.list(xcjd, null, null, p.petitioner(), 0, 50)).isEmpty();
        assertThat(refusal(() -> service.get(p.id(), xcjd))).contains("信访事项");
        assertThat(refusal(() -> service.forward(p.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 4),
                "西城街道办事处", null, "x"), xcjd))).contains("信访事项");
    }

    @Test
    void afterForwardingOnlyTheReceivingOrganDecides() {
        Petition p = forwarded();
        assertThat(refusal(() -> service.accept(p.id(), new PetitionService.AcceptRequest(LocalDate.of(2025, 11, 5), "市财政局"), czj)))
                .contains("已于2025-11-03转送至“东城街道办事处”").contains("第二十三条第三款");
        assertThat(refusal(() -> service.forward(p.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 5),
                "市公安局", null, "再转"), czj))).contains("由该机关决定是否受理");
        // the receiving organ may pass it on to the organ with the power (here 市公安局): its own step is then met
        Petition again = service.forward(p.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 6), "市公安局",
                "ASSIGN", "涉及治安管理,交办市公安局"), dcjd);
        assertThat(again.forwardedToOrgId()).isEqualTo(fx.org("GAJ"));
        assertThat(again.forwardKind()).isEqualTo(PetitionEnums.ForwardKind.ASSIGN);
        assertThat(again.deadline(Petition.STEP_FORWARDED_ACCEPTANCE).due()).isEqualTo(LocalDate.of(2025, 11, 21));
    }

    @Test
    void forwardingIsRefusedInChineseWhenTheStateDoesNotAllowItAndNothingChanges() {
        Petition p = receivedByCzj();
        service.accept(p.id(), new PetitionService.AcceptRequest(LocalDate.of(2025, 11, 1), "市财政局"), czj);
        assertThat(refusal(() -> service.forward(p.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 3),
                "东城街道办事处", "TRANSFER", "不属本机关职责"), czj)))
                .isEqualTo("信访事项当前状态为“已受理,办理中”,不能转送(信访工作条例第二十二条、第二十三条)");
        assertThat(service.get(p.id(), czj).forwardedToOrgId()).isNull();
        Petition q = receivedByCzj();
        assertThat(refusal(() -> service.forward(q.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 3),
                "市财政局", "TRANSFER", "x"), czj))).contains("不能转送给本机关");
        assertThat(refusal(() -> service.forward(q.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 3),
                "东城街道办事处", "TRANSFER", " "), czj))).contains("请填写转送理由");
        assertThat(refusal(() -> service.forward(q.id(), new PetitionService.ForwardRequest(LocalDate.of(2025, 11, 30),
                "东城街道办事处", "TRANSFER", "x"), czj))).contains("不能晚于今天");
        assertThat(service.get(q.id(), czj).deadline(Petition.STEP_ACCEPTANCE).open()).isTrue();
    }

    @Test
    void theApiForwardsIsAuditedAndThePageShowsItOnTheTimeline() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Petition p = receivedByCzj();
        mvc.perform(post("/api/petitions/{id}/forward", p.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forwardedOn\":\"2025-11-03\",\"toOrg\":\"东城街道办事处\",\"kind\":\"TRANSFER\",\"reason\":\"属街道职责\"}")
                        .with(fx.as("czj")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forwardedToOrgName").value("东城街道办事处"))
                .andExpect(jsonPath("$.forwardKind").value("TRANSFER"))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'FORWARDED_ACCEPTANCE')].due").value(Matchers.contains("2025-11-18")));
        mvc.perform(post("/api/petitions/{id}/forward", p.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forwardedOn\":\"2025-11-04\",\"toOrg\":\"市公安局\",\"reason\":\"再转\"}")
                        .with(fx.as("czj")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("由该机关决定是否受理")));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'TRANSITION:FORWARD' and entity_id = ?",
                Integer.class, p.id().toString())).isEqualTo(1);
        String page = mvc.perform(get("/petitions/{id}", p.id()).with(fx.as("dcjd"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("2025-11-03 市财政局转送至东城街道办事处:属街道职责").contains("forward-form")
                .contains("决定是否受理(接收转送、交办的机关)");
        String senderPage = mvc.perform(get("/petitions/{id}", p.id()).with(fx.as("czj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(senderPage).doesNotContain("id=\"forward-form\"");
        mvc.perform(get("/petitions/{id}", p.id()).with(fx.as("xcjd"))).andExpect(status().isNotFound());
    }
}
