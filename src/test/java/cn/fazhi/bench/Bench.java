package cn.fazhi.bench;

/** Prints one benchmark figure in the format bench/run.sh collects: the measured value, its baseline and their ratio. */
public final class Bench {

    private Bench() {
    }

    public static void report(String name, double value, double baseline, String unit) {
        System.out.printf(java.util.Locale.ROOT, "BENCH %s value=%.1f baseline=%.1f ratio=%.3f %s%n",
                name, value, baseline, baseline == 0 ? 0 : value / baseline, unit);
    }
}
