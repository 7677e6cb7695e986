package cn.fazhi.plan;

/** An area (level 1) or sub-area (level 2) of a plan, in document order. */
public record PlanSection(int sectionNo, int level, String label, String title, Integer parentSectionNo) {
}
