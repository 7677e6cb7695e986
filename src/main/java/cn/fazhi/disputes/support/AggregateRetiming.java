package cn.fazhi.disputes.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link DeadlineProcess} whose aggregate carries its deadline list (litigation, mediation, petitions): load the case
 * with its deadlines, let the aggregate recompute the open ones from its own dates, store them.
 *
 * @param <A> the aggregate
 */
public final class AggregateRetiming<A> implements DeadlineProcess {

    private final DeadlineTable table;
    private final String entityType;
    private final DeadlineStore store;
    private final BiFunction<Long, UUID, Optional<A>> load;
    private final Function<A, List<CaseDeadline>> deadlines;
    private final Consumer<A> recompute;
    private final Function<A, String> label;

    /**
     * @param load      the case by organisation and id with its deadlines, whoever's scope (a system job)
     * @param deadlines the aggregate's deadlines (a copy)
     * @param recompute recomputes the open deadlines through the calendar
     * @param label     the case as the audit names it
     */
    public AggregateRetiming(DeadlineTable table, String entityType, DeadlineStore store,
            BiFunction<Long, UUID, Optional<A>> load, Function<A, List<CaseDeadline>> deadlines, Consumer<A> recompute,
            Function<A, String> label) {
        this.table = table;
        this.entityType = entityType;
        this.store = store;
        this.load = load;
        this.deadlines = deadlines;
        this.recompute = recompute;
        this.label = label;
    }

    @Override
    public DeadlineTable table() {
        return table;
    }

    @Override
    public String entityType() {
        return entityType;
    }

    @Override
    public Optional<Retimed> retime(long orgId, UUID id) {
        return load.apply(orgId, id).map(a -> {
            List<CaseDeadline> before = deadlines.apply(a);
            recompute.accept(a);
            List<CaseDeadline> after = deadlines.apply(a);
            store.replace(table, orgId, id, after);
            return new Retimed(label.apply(a), before, after);
        });
    }
}
