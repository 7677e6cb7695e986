package cn.fazhi.disputes.reconsideration;

/** What a gate (policy) says about a transition: allowed, or rejected with the reason and the article. */
public sealed interface Verdict {

    record Allowed() implements Verdict {
    }

    record Rejected(String reason, String basis) implements Verdict {
    }

    static Verdict allowed() {
        return new Allowed();
    }

    static Verdict rejected(String reason, String basis) {
        return new Rejected(reason, basis);
    }
}
