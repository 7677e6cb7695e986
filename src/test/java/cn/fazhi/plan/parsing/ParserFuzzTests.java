package cn.fazhi.plan.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random fuzzing: no input makes {@link PlanParser} or {@link TaskTableParser} throw. jqwik was the first
 * choice, but jqwik 1.10 is built on JUnit Platform 1.x and says it is its last such release, so it does not run on
 * JUnit 6 (Boot 4.1); a seeded loop reproduces every failure from its seed and index instead. The loop calls the
 * parsers' inner {@code read} methods, which have no catch-all, so a bug fails here rather than becoming a
 * PARSE_FAILED warning.
 */
class ParserFuzzTests {

    static final String[] ATOMS = {
            "一、", "二、", "三、", "十一、", "(一)", "(二)", "(十)", "（三）", "1.", "2.", "10.", "1、", "１．", "(1)", "(2)", "(99)",
            "（7）", "( 8 )", "①", "②", "(", ")", "(", ")", "((", "))", "(牵头单位:", "(责任单位:", "牵头单位:", "责任单位:",
            "牵頭單位：", "完成时限:", "各牵头单位落实", "各责任单位落实。", "市司法局", "市编办、市财政局", "县(市、区)",
            "2016年底完成", "2017年底", "2018年底完成。", "2022年10月底前", "年底前", "持续推进", "长期坚持", "2017年13月底",
            "2016—2020年", "2024-02-30", "9999年", "2019年第五季度", "。", ",", ",", ";", "、", " ", "　", "\t", "\n", "\n\n",
            "\r\n", "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n", "1\t任务\t市司法局\t\t2017年底\n", "牵头", "配合",
            "\uFEFF", "\u0000", "\uD800", "😀", "%1", "$", "\\", ".*", "[", "]"};

    static String fragmentOf(Random random, List<String> pool) {
        int kind = random.nextInt(10);
        if (kind < 5) {
            return ATOMS[random.nextInt(ATOMS.length)];
        }
        if (kind < 7 && !pool.isEmpty()) {
            String s = pool.get(random.nextInt(pool.size()));
            int a = random.nextInt(s.length() + 1);
            int b = Math.min(s.length(), a + random.nextInt(80));
            return s.substring(a, b);
        }
        if (kind < 9) {
            return String.valueOf(random.nextInt(kind == 7 ? 200 : 3000));
        }
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            b.append((char) random.nextInt(0x10000));
        }
        return b.toString();
    }

    static List<String> seedLines() throws Exception {
        var p = Seeds.path(Seeds.PLAN_002);
        // fragments of the real plan when it is there; the fuzz runs on the atoms alone otherwise
        return Files.isRegularFile(p) ? Files.readAllLines(p) : List.of();
    }

    @Test
    void noTextMakesThePlanParserThrow() throws Exception {
        List<String> pool = seedLines();
        PlanParser parser = new PlanParser();
        Random seeds = new Random(20261201L);
        int withTasks = 0;
        for (int i = 0; i < 5000; i++) {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(120); k >= 0; k--) {
                text.append(fragmentOf(random, pool));
            }
            String input = text.toString();
            ParsedPlan plan;
            try {
                plan = parser.read(input);
            } catch (Throwable e) {
                throw new AssertionError("PlanParser threw on input #" + i + " (seed " + seed + "): " + e + "\n" + input, e);
            }
            assertThat(plan).isNotNull();
            assertThat(plan.tasks()).allSatisfy(t -> {
                assertThat(t.text()).isNotNull();
                assertThat(t.leadUnits()).doesNotContainNull();
                assertThat(t.deadlineKind()).isNotNull();
            });
            assertThat(plan.warnings()).allSatisfy(w -> assertThat(w.message()).isNotBlank());
            if (plan.tasks().isEmpty()) {
                assertThat(plan.warnings()).anyMatch(w -> w.code().equals("NO_TASKS"));
            } else {
                withTasks++;
            }
        }
        // the inputs reach the task-reading code, not only the "no tasks" exit
        System.out.println("fuzz: " + withTasks + " of 5000 texts gave tasks");
        assertThat(withTasks).isGreaterThan(500);
    }

    @Test
    void noGridMakesTheTableParserThrow() throws Exception {
        List<String> pool = new ArrayList<>(seedLines());
        pool.add("序号 工作任务 牵头单位 责任单位 完成时限 领域");
        TaskTableParser parser = new TaskTableParser();
        String[] headers = {"序号", "工作任务", "任务", "主要任务", "牵头单位", "责任单位", "完成时限", "时限", "领域", "备注", ""};
        Random seeds = new Random(42L);
        int withTasks = 0;
        for (int i = 0; i < 3000; i++) {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            List<List<String>> grid = new ArrayList<>();
            int width = random.nextInt(8);
            for (int r = random.nextInt(15); r >= 0; r--) {
                List<String> row = new ArrayList<>();
                int w = random.nextInt(4) == 0 ? random.nextInt(10) : width;
                for (int c = 0; c < w; c++) {
                    int kind = random.nextInt(6);
                    row.add(kind == 0 ? headers[random.nextInt(headers.length)] : kind == 1 ? null : fragmentOf(random, pool));
                }
                grid.add(random.nextInt(30) == 0 ? null : row);
            }
            try {
                ParsedPlan plan = parser.read(grid);
                assertThat(plan).isNotNull();
                withTasks += plan.tasks().isEmpty() ? 0 : 1;
            } catch (Throwable e) {
                throw new AssertionError("TaskTableParser threw on grid #" + i + " (seed " + seed + "): " + e + "\n" + grid, e);
            }
        }
        System.out.println("fuzz: " + withTasks + " of 3000 grids gave tasks");
        assertThat(withTasks).isGreaterThan(100);
    }

    @Test
    void hugeAndDegenerateInputsGiveAResult() {
        int n = 1_000_000;
        String[] inputs = {"(1)" + "(".repeat(n) + ")".repeat(n), "(1)x" + "(牵头单位:".repeat(n / 6),
                "(1)" + "甲".repeat(n) + "(牵头单位:市司法局。2017年底完成)", "(1)甲。(牵头单位:市司法局。2017年底完成)\n".repeat(20_000),
                "一、甲\n(一)乙\n1.丙\n".repeat(50_000), "(1)x(" + "2017年".repeat(n / 5) + ")", "(1)x(牵头单位:" + "、".repeat(n) + ")",
                "序号\t工作任务\t牵头单位\n" + "1\t甲\t乙\n".repeat(50_000), " ".repeat(n), "\n".repeat(n), "。".repeat(n),
                "(1)" + ",".repeat(n) + "(牵头单位:甲)"};
        PlanParser parser = new PlanParser();
        for (String input : inputs) {
            ParsedPlan plan = parser.read(input);
            assertThat(plan.tasks().isEmpty() ? plan.warnings() : plan.tasks()).isNotEmpty();
        }
    }
}
