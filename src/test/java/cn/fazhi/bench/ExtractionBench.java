package cn.fazhi.bench;

import cn.fazhi.reporting.extraction.FigureExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Extraction throughput on the four annual-report seeds (cleanup, numerals, exclusions, metric patterns), in
 * documents per second, against a baseline of one plain regex pass for digit runs over the same texts.
 */
@Tag("bench")
class ExtractionBench {

    private static final String[] SEEDS = {"000_c9f1166c08980c4c.txt", "001_1c9c93ea932af3e0.txt",
        "003_bf156fa8c0c17ca2.txt", "004_e3797f5fab609ce7.txt"};
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int ROUNDS = 7;
    private static final int DOCS_PER_ROUND = 400;

    @Test
    void documentsPerSecondOnTheSeeds() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String s : SEEDS) {
            Path p = Path.of("../shared/seeds/" + s);
            if (!Files.exists(p)) {
                if (System.getenv("CI") != null) {
                    throw new IllegalStateException("seed missing: " + p.toAbsolutePath());
                }
                Assumptions.abort("seed missing: " + p.toAbsolutePath());
            }
            texts.add(Files.readString(p));
        }
        FigureExtractor extractor = new FigureExtractor();
        long sink = 0;
        for (int i = 0; i < DOCS_PER_ROUND; i++) { // warm-up
            sink += extractor.extract(texts.get(i % texts.size())).figures().size();
            sink += count(texts.get(i % texts.size()));
        }
        double[] extracted = new double[ROUNDS];
        double[] scanned = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < DOCS_PER_ROUND; i++) {
                sink += extractor.extract(texts.get(i % texts.size())).figures().size();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < DOCS_PER_ROUND; i++) {
                sink += count(texts.get(i % texts.size()));
            }
            long t2 = System.nanoTime();
            extracted[r] = DOCS_PER_ROUND / ((t1 - t0) / 1e9);
            scanned[r] = DOCS_PER_ROUND / ((t2 - t1) / 1e9);
        }
        if (sink == 42) {
            System.out.println();
        }
        Bench.report("report.extract_seeds", median(extracted), median(scanned), "docs/s");
    }

    private static int count(String text) {
        Matcher m = DIGITS.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
