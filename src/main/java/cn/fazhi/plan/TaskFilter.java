package cn.fazhi.plan;

/**
 * Filters of a plan's task list; every field optional.
 *
 * @param area      area title (exact) or section number as text
 * @param leadOrgId the answering lead unit
 * @param status    a {@link TaskStatus} name
 * @param year      tasks whose date deadline falls in this year
 */
public record TaskFilter(String area, Long leadOrgId, String status, Integer year) {
    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null);
    }
}
