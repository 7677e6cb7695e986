package cn.fazhi.platform.metrics;

/** The unit a metric value is counted in, with the Chinese symbol reports print after the figure. */
public enum MetricUnit {
    /** 件: cases, documents, reports. */
    CASES("件"),
    /** 人: people. */
    PERSONS("人"),
    /** 次: occurrences (sessions, appearances). */
    TIMES("次"),
    /** %: a rate; the value is a percentage with its numerator and denominator kept. */
    PERCENT("%"),
    /** 元: money. */
    YUAN("元"),
    /** 项: items of a list (tasks, measures). */
    ITEMS("项"),
    /** 个: things counted one by one (units, places, windows). */
    PIECES("个"),
    /** 条: entries (information items, posts). */
    ENTRIES("条"),
    /** 家: organisations (enterprises, departments). */
    ORGS("家"),
    /** 人次: attendances. */
    PERSON_TIMES("人次"),
    /** 份: copies (leaflets, materials). */
    COPIES("份");

    private final String symbol;

    MetricUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
