package cn.fazhi.plan;

import cn.fazhi.plan.parsing.ParseWarning;
import cn.fazhi.plan.parsing.ParsedPlan;
import cn.fazhi.plan.parsing.ParsedTask;
import cn.fazhi.plan.parsing.PlanParser;
import cn.fazhi.plan.parsing.TaskTableParser;
import cn.fazhi.platform.documents.DocumentContent;
import cn.fazhi.platform.documents.DocumentReader;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.OrgNameResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reads a plan document into a {@link ParsedPlan} for the import preview: the bytes become text or a table
 * ({@link DocumentReader}), the text goes through {@link PlanParser} and a task-division table (an .xlsx, or a .docx
 * whose table holds the tasks) through {@link TaskTableParser}; then every unit name that the organisation tree
 * cannot resolve (exact name, short name, alias) gets one UNKNOWN_UNIT warning listing its tasks. Stores nothing.
 */
@Service
public class PlanDocuments {

    /** Longest pasted text accepted (characters). */
    public static final int MAX_TEXT_CHARS = 10_000_000;

    private final DocumentReader reader;
    private final OrgNameResolver resolver;
    private final PlanParser parser = new PlanParser();
    private final TaskTableParser tableParser = new TaskTableParser();

    public PlanDocuments(DocumentReader reader, OrgNameResolver resolver) {
        this.reader = reader;
        this.resolver = resolver;
    }

    /** Reads an uploaded document (.docx, .xlsx, .pdf, .txt); refusals are {@link BusinessException}s. */
    public ParsedPlan read(byte[] content, String filename) {
        DocumentContent doc = reader.read(content, filename);
        if (doc.text().isBlank() && doc.tables().isEmpty()) {
            throw new BusinessException("EMPTY_DOCUMENT", "文件中没有可读取的文字" + (doc.kind() == DocumentContent.Kind.DOCX
                    ? "(可能只有图片)" : "") + ",请上传实施方案的文字版或直接粘贴文本", 422);
        }
        if (doc.kind() == DocumentContent.Kind.XLSX) {
            // a spreadsheet is a task-division table: its own message says which columns are missing
            return withUnknownUnits(tableParser.parse(doc.tables().isEmpty() ? List.of() : doc.tables().get(0)));
        }
        ParsedPlan plan = null;
        // a table that holds the tasks wins over the text around it (a .docx that is a task-division table)
        for (List<List<String>> table : doc.tables()) {
            ParsedPlan fromTable = tableParser.parse(table);
            if (!fromTable.tasks().isEmpty() && (plan == null || fromTable.tasks().size() > plan.tasks().size())) {
                plan = fromTable;
            }
        }
        ParsedPlan fromText = parser.parse(doc.text());
        if (plan == null || fromText.tasks().size() > plan.tasks().size()) {
            plan = fromText;
        } else if (plan.title() == null && fromText.title() != null) {
            plan = new ParsedPlan(fromText.title(), plan.tasks(), plan.warnings());
        }
        return withUnknownUnits(plan);
    }

    /** Reads pasted text. */
    public ParsedPlan readText(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("EMPTY_TEXT", "没有收到方案文本,请粘贴实施方案的正文或上传文件", 400);
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new BusinessException("TEXT_TOO_LARGE", "文本超过 1000 万字,无法解析;请只粘贴实施方案的正文", 413);
        }
        return withUnknownUnits(parser.parse(text));
    }

    /** Adds one UNKNOWN_UNIT warning per unit name that the organisation tree cannot resolve. */
    ParsedPlan withUnknownUnits(ParsedPlan plan) {
        Map<String, List<Integer>> unknown = new LinkedHashMap<>();
        Map<String, Boolean> resolved = new LinkedHashMap<>();
        // "各牵头单位落实" lists units named by other tasks: they are reported there
        java.util.Set<Integer> expanded = new java.util.HashSet<>();
        plan.warnings().stream().filter(w -> w.code().equals("ALL_LEAD_UNITS") && w.taskNumber() != null)
                .forEach(w -> expanded.add(w.taskNumber()));
        java.util.Set<String> allNames = new java.util.LinkedHashSet<>();
        plan.tasks().forEach(t -> {
            allNames.addAll(t.leadUnits());
            allNames.addAll(t.responsibleUnits());
        });
        // one read of the organisation tables for the whole document
        java.util.Set<String> known = resolver.resolveAll(allNames, null).keySet();
        for (ParsedTask t : plan.tasks()) {
            List<String> names = new ArrayList<>(expanded.contains(t.number()) ? List.of() : t.leadUnits());
            names.addAll(t.responsibleUnits());
            for (String name : names) {
                if (name.equals(ParsedTask.ALL_RESPONSIBLE_UNITS)) {
                    continue;
                }
                boolean found = resolved.computeIfAbsent(name, known::contains);
                if (!found) {
                    List<Integer> tasks = unknown.computeIfAbsent(name, n -> new ArrayList<>());
                    if (!tasks.contains(t.number())) {
                        tasks.add(t.number());
                    }
                }
            }
        }
        if (unknown.isEmpty()) {
            return plan;
        }
        List<ParseWarning> warnings = new ArrayList<>(plan.warnings());
        unknown.forEach((name, tasks) -> warnings.add(new ParseWarning("UNKNOWN_UNIT", tasks.size() == 1 ? tasks.get(0) : null,
                null, "组织机构中没有找到单位“" + name + "”(任务 " + numbers(tasks) + "),请在导入时选择对应单位、"
                        + "请管理员添加别名,或新建该单位")));
        return new ParsedPlan(plan.title(), plan.tasks(), warnings);
    }

    private static String numbers(List<Integer> tasks) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tasks.size() && i < 30; i++) {
            b.append(i == 0 ? "" : "、").append(tasks.get(i));
        }
        if (tasks.size() > 30) {
            b.append(" 等 ").append(tasks.size()).append(" 项");
        }
        return b.toString();
    }
}
