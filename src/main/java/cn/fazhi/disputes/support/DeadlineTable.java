package cn.fazhi.disputes.support;

/**
 * A deadline table of one process (recon_deadline, litigation_deadline, mediation_deadline, petition_deadline): the
 * same columns (step, start_on, due, unit, amount, basis, provisional, suspended_days, done_on) keyed by the case's
 * organisation and id, whose column names differ per table.
 *
 * @param name      the table
 * @param orgColumn the case's organisation column
 * @param idColumn  the case's id column
 */
public record DeadlineTable(String name, String orgColumn, String idColumn) {

    public static final DeadlineTable RECONSIDERATION = new DeadlineTable("recon_deadline", "case_org_id", "case_id");
    public static final DeadlineTable LITIGATION = new DeadlineTable("litigation_deadline", "litigation_case_org_id",
            "litigation_case_id");
    public static final DeadlineTable MEDIATION = new DeadlineTable("mediation_deadline", "mediation_case_org_id",
            "mediation_case_id");
    public static final DeadlineTable PETITION = new DeadlineTable("petition_deadline", "petition_org_id", "petition_id");
}
