package cn.fazhi.plan.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published plan as the public sees it: the document's data, its areas and tasks with lead unit, deadline and
 * status, and for each task only the narratives of accepted progress reports, by reporting period. Nothing else
 * (no drafts, no returned reports, no reviewers, no internal figures) leaves the building.
 */
public record PublicPlan(UUID id, String title, String docNumber, String issuer, int periodStartYear, int periodEndYear,
        String statusLabel, LocalDate publishedOn, List<Area> areas) {

    /** A summary line of the public list. */
    public record Summary(UUID id, String title, String docNumber, String issuer, int periodStartYear,
            int periodEndYear, String statusLabel, LocalDate publishedOn, long tasks) {
    }

    /** An area (一、…) with its sub-area blocks; {@code heading} is null for tasks outside any area. */
    public record Area(String heading, List<Block> blocks) {
    }

    /** A sub-area (1. …) or the area's own tasks ({@code heading} null). */
    public record Block(String heading, List<Task> tasks) {
    }

    public record Task(int number, String text, String leadUnit, String deadline, String statusLabel,
            List<Progress> progress) {
    }

    /** The narrative of an accepted report, de-identified. */
    public record Progress(String periodCode, String narrative) {
    }
}
