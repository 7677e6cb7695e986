package cn.fazhi.plan.importing;

/**
 * What the user states about a plan on import; every field optional (defaults: {@link PlanImport#defaults}).
 *
 * @param title           defaults to the parsed title
 * @param orgId           the issuing organisation; defaults to the nearest government above the user's unit
 * @param reportingCycle  QUARTERLY, HALF_YEARLY, YEARLY (or 每季度/每半年/每年); defaults to YEARLY
 * @param supervisorOrgId the legal-affairs office that supervises; defaults to the user's unit when it holds
 *                        plan:supervise
 */
public record PlanMetadata(String title, String docNumber, Integer periodStartYear, Integer periodEndYear,
        String reportingCycle, Long supervisorOrgId, Long orgId) {

    public static PlanMetadata empty() {
        return new PlanMetadata(null, null, null, null, null, null, null);
    }
}
