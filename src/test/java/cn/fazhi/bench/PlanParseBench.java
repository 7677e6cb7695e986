package cn.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.PlanParser;
import cn.fazhi.plan.parsing.Seeds;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parses of seed 002 per second (median of repeated rounds) through {@link PlanParser}, against a baseline in the same
 * run: the same text scanned for task markers ("(n)" at a line start) with one plain regex pass — the least any
 * reader of the document must do. The ratio says what reading areas, units, deadlines and warnings costs on top.
 */
@Tag("bench")
class PlanParseBench {

    private static final Pattern TASK_MARKER = Pattern.compile("(?m)^\\s*[((]\\s*\\d{1,3}\\s*[))]");

    @Test
    void parsesPerSecond() throws Exception {
        String text = Seeds.read(Seeds.PLAN_002);
        PlanParser parser = new PlanParser();
        ToIntFunction<String> parse = t -> {
            ParsedPlan plan = parser.parse(t);
            return plan.tasks().size();
        };
        ToIntFunction<String> scan = t -> {
            Matcher m = TASK_MARKER.matcher(t);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        };
        assertThat(parse.applyAsInt(text)).isEqualTo(140);
        assertThat(scan.applyAsInt(text)).isEqualTo(140);

        int rounds = 9;
        double[] parsed = new double[rounds];
        double[] scanned = new double[rounds];
        opsPerSecond(parse, text); // warm-up
        opsPerSecond(scan, text);
        for (int r = 0; r < rounds; r++) { // interleaved: both see the same machine load
            parsed[r] = opsPerSecond(parse, text);
            scanned[r] = opsPerSecond(scan, text);
        }
        Bench.report("plan.parse_seed002", median(parsed), median(scanned), "parses/s");
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Runs {@code op} for about 0.3 s and returns calls per second. */
    private static double opsPerSecond(ToIntFunction<String> op, String text) {
        long sink = 0;
        int n = 0;
        long start = System.nanoTime();
        long end = start + 300_000_000L;
        long now;
        do {
            sink += op.applyAsInt(text);
            n++;
            now = System.nanoTime();
        } while (now < end);
        if (sink == 42) {
            System.out.println("unlikely");
        }
        return n / ((now - start) / 1e9);
    }
}
