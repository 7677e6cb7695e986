package cn.fazhi.plan.importing;

import cn.fazhi.plan.parsing.ParsedPlan;

/**
 * Reads an uploaded plan document (.docx, .pdf, .txt, .xlsx) or pasted text into a {@link ParsedPlan}, with UNKNOWN_UNIT
 * warnings for names the organisation tree does not know. Never stores anything. Implemented over the parser
 * ({@code PlanDocuments}).
 */
public interface PlanSourceReader {

    ParsedPlan read(String filename, byte[] bytes);

    ParsedPlan readText(String text);
}
