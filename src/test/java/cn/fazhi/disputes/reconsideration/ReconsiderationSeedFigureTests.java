package cn.fazhi.disputes.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecordPage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reconsideration figures of seed 000 (2015) and seed 004 (2018) come out of the metrics when those cases are
 * entered through the domain service. The years are used by no other test.
 */
@cn.fazhi.support.FazhiIntegrationTest
@Import(ReconFixture.class)
class ReconsiderationSeedFigureTests {

    @Autowired ReconFixture fx;
    @Autowired MetricCatalogue catalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static String seed(String name) throws IOException {
        Path p = Path.of("..", "shared", "seeds", name).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            String message = "seed " + p + " is missing (expected ../shared/seeds relative to the project directory)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    long count(String name, int year) {
        return cn.fazhi.support.MetricValues.value(catalogue, name, new MetricQuery(fx.orgId("CITY"), true, MetricPeriod.year(year)), fx.principal("sfj"))
                .value().longValueExact();
    }

    @Test
    void seed000ReconsiderationFiguresAreReproduced() throws IOException {
        assertThat(seed("000_c9f1166c08980c4c.txt"))
                .contains("受理各类行政复议案件26件,审结25件,其中维持10件、经调解申请人撤回申请而终止审理14件,责令履行1件,另有1件还在审理中");
        LocalDate day = LocalDate.of(2015, 2, 2);
        for (int i = 0; i < 10; i++) {
            ReconsiderationCase c = fx.readyToDecide(day.plusDays(i * 7), Procedure.ORDINARY);
            fx.run(c, "decide", "decidedOn", day.plusDays(i * 7 + 30).toString(), "decisionType", "UPHELD");
        }
        for (int i = 0; i < 14; i++) {
            ReconsiderationCase c = fx.receive(day.plusDays(i * 10), "市公安局");
            c = fx.run(c, "accept", "acceptedOn", day.plusDays(i * 10 + 1).toString(), "procedure", "ORDINARY");
            fx.run(c, "terminate", "on", day.plusDays(i * 10 + 20).toString(), "ground", "WITHDRAWN_AFTER_MEDIATION");
        }
        ReconsiderationCase ordered = fx.readyToDecide(LocalDate.of(2015, 6, 1), Procedure.ORDINARY);
        fx.run(ordered, "decide", "decidedOn", "2015-07-01", "decisionType", "ORDERED_TO_PERFORM");
        ReconsiderationCase pending = fx.receive(LocalDate.of(2015, 12, 1), "市公安局");
        pending = fx.run(pending, "accept", "acceptedOn", "2015-12-02", "procedure", "ORDINARY");
        // concluded the next year, so that 2015 shows it pending and later years do not carry it
        pending = fx.run(pending, "copy-to-respondent", "on", "2015-12-03");
        fx.run(pending, "terminate", "on", "2016-01-05", "ground", "WITHDRAWN");

        assertThat(count("reconsideration.accepted", 2015)).isEqualTo(26);
        assertThat(count("reconsideration.received", 2015)).isEqualTo(26);
        assertThat(count("reconsideration.concluded", 2015)).isEqualTo(25);
        assertThat(count("reconsideration.upheld", 2015)).isEqualTo(10);
        assertThat(count("reconsideration.terminated", 2015)).isEqualTo(14);
        assertThat(count("reconsideration.terminated_after_mediation", 2015)).isEqualTo(14);
        assertThat(count("reconsideration.ordered_to_perform", 2015)).isEqualTo(1);
        assertThat(count("reconsideration.pending", 2015)).isEqualTo(1);
        assertThat(count("reconsideration.revoked", 2015)).isZero();
        var rate = catalogue.value("reconsideration.direct_correction_rate",
                new MetricQuery(fx.orgId("CITY"), true, MetricPeriod.year(2015)), fx.principal("sfj"));
        assertThat(rate.value()).isEqualByComparingTo(new BigDecimal("4.00"));
        assertThat(rate.numerator()).isEqualByComparingTo("1");
        assertThat(rate.denominator()).isEqualByComparingTo("25");

        MetricRecordPage upheld = catalogue.records("reconsideration.upheld",
                new MetricQuery(fx.orgId("CITY"), true, MetricPeriod.year(2015)), 0, 50, fx.principal("sfj"));
        assertThat(upheld.total()).isEqualTo(10);
        assertThat(upheld.items()).allSatisfy(r -> assertThat(r.link()).startsWith("/reconsideration/cases/"));
    }

    @Test
    void seed004ReceivedAndNotAcceptedFiguresAreReproduced() throws IOException {
        assertThat(seed("004_e3797f5fab609ce7.txt")).contains("2018年,共收到行政复议申请23件,作出不予受理决定1件,已审结2件,其余正在办理中");
        LocalDate day = LocalDate.of(2018, 3, 1);
        ReconsiderationCase rejected = fx.receive(day, "市公安局");
        fx.run(rejected, "reject", "on", "2018-03-02", "reason", "申请人与被申请的行政行为没有利害关系");
        for (int i = 0; i < 2; i++) {
            ReconsiderationCase c = fx.readyToDecide(day.plusDays(10 + i), Procedure.ORDINARY);
            fx.run(c, "decide", "decidedOn", day.plusDays(40 + i).toString(), "decisionType", i == 0 ? "UPHELD" : "REVOKED");
        }
        for (int i = 0; i < 20; i++) {
            ReconsiderationCase c = fx.receive(LocalDate.of(2018, 11, 1).plusDays(i), "市公安局");
            fx.run(c, "accept", "acceptedOn", LocalDate.of(2018, 11, 1).plusDays(i + 1).toString(), "procedure", "ORDINARY");
        }
        assertThat(count("reconsideration.received", 2018)).isEqualTo(23);
        assertThat(count("reconsideration.not_accepted", 2018)).isEqualTo(1);
        assertThat(count("reconsideration.concluded", 2018)).isEqualTo(2);
        assertThat(count("reconsideration.pending", 2018)).isEqualTo(20);
    }
}
