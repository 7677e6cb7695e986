package cn.fazhi.disputes.reconsideration;

import cn.fazhi.platform.org.JdbcAccountDirectory;
import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helper: demo users, and cases entered through the domain service as the office would. */

public class ReconFixture {

    final JdbcAccountDirectory directory;
    final JdbcTemplate jdbc;
    final ReconsiderationService service;
    final ReconsiderationCommands commands;

    public ReconFixture(JdbcAccountDirectory directory, JdbcTemplate jdbc, ReconsiderationService service,
            ReconsiderationCommands commands) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.service = service;
        this.commands = commands;
    }

    public FazhiPrincipal principal(String username) {
        return directory.loadByUsername(username).orElseThrow();
    }

    /** Signs in on this thread (attachments and audit read the principal). */
    public FazhiPrincipal signIn(String username) {
        FazhiPrincipal p = principal(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        return p;
    }

    public long orgId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    /** A new case received by 市司法局 for 示范市人民政府 against {@code respondent}. */
    public ReconsiderationCase receive(LocalDate on, String respondent) {
        return service.receive(new ReconsiderationService.Application(on, "张三" + UUID.randomUUID().toString()
                .substring(0, 4), null, respondent, "不服行政处罚决定", Channel.IN_PERSON, null), signIn("sfj"));
    }

    public ReconsiderationCase run(ReconsiderationCase c, String action, String... kv) {
        Map<String, String> f = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            f.put(kv[i], kv[i + 1]);
        }
        return commands.execute(c.id(), action, f, signIn("sfj"));
    }

    public ReconsiderationCase answer(ReconsiderationCase c, String on) {
        return commands.execute(c.id(), "answer", Map.of("on", on), signIn("gaj"));
    }

    public CaseDeadline deadline(ReconsiderationCase c, String step) {
        ReconsiderationCase fresh = service.get(c.id(), signIn("sfj"));
        return service.deadlinesOf(fresh).stream().filter(d -> d.step().equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + step + " in " + service.deadlinesOf(fresh)));
    }

    /** received → accepted → copy → answered → views heard, ready for a decision. */
    public ReconsiderationCase readyToDecide(LocalDate received, Procedure p) {
        ReconsiderationCase c = receive(received, "市公安局");
        c = run(c, "accept", "acceptedOn", received.plusDays(1).toString(), "procedure", p.name());
        c = run(c, "copy-to-respondent", "on", received.plusDays(2).toString());
        c = answer(c, received.plusDays(4).toString());
        if (p == Procedure.ORDINARY) {
            c = run(c, "hearing", "on", received.plusDays(6).toString());
        }
        return c;
    }
}
