package cn.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.disputes.litigation.LitigationCases;
import cn.fazhi.disputes.litigation.LitigationService;
import cn.fazhi.platform.metrics.MetricCatalogue;
import cn.fazhi.platform.metrics.MetricPeriod;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6 bench: the litigation case list (first page, province reader with 本级及下级 scope) and the head-appearance
 * rate for the whole province, on {@code fazhi.bench.litigation.cases} cases (default 200,000) across
 * {@code fazhi.bench.litigation.orgs} organs (default 100), each as a ratio to the raw SQL that returns the same rows or
 * numbers. Fastest of 15 interleaved rounds after a warm-up. Data are inserted by batch SQL (one hearing and one
 * deadline per case).
 */
@Tag("bench")
@FazhiIntegrationTest
class LitigationBench {

    private static final int CASES = Integer.getInteger("fazhi.bench.litigation.cases", 200_000);
    private static final int ORGS = Integer.getInteger("fazhi.bench.litigation.orgs", 100);
    private static final int ROUNDS = 15;

    @Autowired JdbcTemplate jdbc;
    @Autowired LitigationService service;
    @Autowired MetricCatalogue catalogue;

    @Test
    void caseListAndHeadAppearanceRateVersusRawSql() {
        long t0 = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        String code = "LB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.update("insert into org_unit (parent_id, path, code, name, kind, sort_order, active, created_at, updated_at, version)"
                + " values (null, '/pending/', ?, ?, 'GOVERNMENT', 0, true, ?, ?, 0)", code, "基准省" + code, now, now);
        long root = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
        String rootPath = "/" + root + "/";
        jdbc.update("update org_unit set path = ? where id = ?", rootPath, root);
        List<Long> orgs = new ArrayList<>();
        for (int i = 0; i < ORGS; i++) {
            String c = code + "-" + i;
            jdbc.update("insert into org_unit (parent_id, path, code, name, kind, sort_order, active, created_at, updated_at, version)"
                    + " values (?, '/pending/', ?, ?, 'DEPARTMENT', ?, true, ?, ?, 0)", root, c, "基准机关" + c, i, now, now);
            long id = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, c);
            jdbc.update("update org_unit set path = ? where id = ?", rootPath + id + "/", id);
            orgs.add(id);
        }
        Random rnd = new Random(42);
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> hearings = new ArrayList<>();
        List<Object[]> deadlines = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long org = orgs.get(i % ORGS);
            UUID id = UUID.randomUUID();
            LocalDate received = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(330));
            cases.add(new Object[] {org, id, "(2025)基行初" + i + "号", "基准法院", "原告" + i, "行政行为", Date.valueOf(received), now, now});
            int a = rnd.nextInt(100);
            hearings.add(new Object[] {org, id, Date.valueOf(received.plusDays(20)), a < 90 ? "HEAD" : a < 97 ? "HEAD_ABSENT" : "EXCUSED", now});
            deadlines.add(new Object[] {org, id, Date.valueOf(received.plusDays(15)), i % 2 == 0 ? Date.valueOf(received.plusDays(10)) : null});
            if (cases.size() == 5000 || i == CASES - 1) {
                jdbc.batchUpdate("insert into litigation_case (org_id, id, case_number, court_name, plaintiff, cause, complaint_received_on,"
                        + " state, instance, defence_late, created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 'HEARD', 'FIRST', false, 1, ?, ?, 0)", cases);
                jdbc.batchUpdate("insert into litigation_hearing (litigation_case_org_id, litigation_case_id, seq, instance, held_on, appearance,"
                        + " head_name, head_post, recorded_by, recorded_at) values (?, ?, 1, 'FIRST', ?, ?, '甲', '局长', 1, ?)", hearings);
                jdbc.batchUpdate("insert into litigation_deadline (litigation_case_org_id, litigation_case_id, step, due, unit, amount, basis,"
                        + " provisional, done_on) values (?, ?, 'DEFENCE', ?, 'NATURAL_DAYS', 15, '行政诉讼法第六十七条', false, ?)", deadlines);
                cases.clear();
                hearings.clear();
                deadlines.clear();
            }
        }
        System.out.printf("litigation bench data: %d cases across %d organs in %.1f s%n", CASES, ORGS, (System.nanoTime() - t0) / 1e9);
        jdbc.execute("analyze");
        FazhiPrincipal reader = new FazhiPrincipal(990_200L, "bench-reader", "省司法厅", root, "基准省", rootPath, null, true, false,
                Set.of("BENCH"), Set.of("litigation:read", "metrics:read"), new DataScope(false, Set.of(rootPath), Set.of(), null));
        MetricQuery q = new MetricQuery(root, true, MetricPeriod.year(2025));

        // correctness first
        List<LitigationCases.Row> page = service.list(reader, null, null, null, 0, 50);
        List<UUID> raw = rawList(rootPath);
        assertThat(page.stream().map(LitigationCases.Row::id).toList()).isEqualTo(raw);
        MetricValue v = catalogue.value("litigation.head_appearance_rate", q, reader);
        long[] r = rawRate(rootPath);
        assertThat(v.numerator().longValue()).isEqualTo(r[0]);
        assertThat(v.denominator().longValue()).isEqualTo(r[1]);
        System.out.printf("head appearance rate %s%% (%d / %d)%n", v.value(), r[0], r[1]);

        long listOurs = Long.MAX_VALUE;
        long listRaw = Long.MAX_VALUE;
        long rateOurs = Long.MAX_VALUE;
        long rateRaw = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS + 3; round++) {
            long a = System.nanoTime();
            service.list(reader, null, null, null, 0, 50);
            long b = System.nanoTime();
            rawList(rootPath);
            long c = System.nanoTime();
            rawRate(rootPath);
            long d = System.nanoTime();
            catalogue.value("litigation.head_appearance_rate", q, reader);
            long e = System.nanoTime();
            if (round >= 3) {
                listOurs = Math.min(listOurs, b - a);
                listRaw = Math.min(listRaw, c - b);
                rateRaw = Math.min(rateRaw, d - c);
                rateOurs = Math.min(rateOurs, e - d);
            }
        }
        Bench.report("litigation.case_list.first_page", listOurs / 1e6, listRaw / 1e6, "ms");
        Bench.report("litigation.head_appearance_rate.province", rateOurs / 1e6, rateRaw / 1e6, "ms");
    }

    private List<UUID> rawList(String rootPath) {
        return jdbc.queryForList("select c.id from litigation_case c where c.org_id in (select s.id from org_unit s where s.path like ?)"
                + " order by c.complaint_received_on desc, c.case_number limit 50", UUID.class, rootPath + "%");
    }

    private long[] rawRate(String rootPath) {
        return jdbc.queryForObject("""
                select count(distinct case when h.appearance = 'HEAD' then h.litigation_case_id end) as num,
                       count(distinct case when h.appearance in ('HEAD', 'HEAD_ABSENT') then h.litigation_case_id end) as den
                from litigation_hearing h
                where h.litigation_case_org_id in (select s.id from org_unit s where s.path like ?)
                  and h.held_on >= date '2025-01-01' and h.held_on <= date '2025-12-31'""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, rootPath + "%");
    }
}
