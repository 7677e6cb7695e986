package cn.fazhi.plan.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task-division table (任务分工表) into tasks. The grid is the table as the document reader gives it (merged
 * cells already filled with the merged value). The header row is found by its column names: 序号/编号, 工作任务 (or
 * 任务, 主要任务, 具体任务, 任务内容…), 牵头单位 (牵头部门), 责任单位 (配合单位…), 完成时限 (时限, 完成时间…), and
 * optionally 领域/类别 (the area). A row whose cells all hold one value ("一、依法全面履行政府职能" spanning the row) is a
 * heading; rows before the header give the title. A task whose rows were merged (the same number and text on several
 * rows, each naming other units) is one task with all their units. A table with only a 责任单位 column has its
 * 责任单位 answer for the task. Never throws.
 */
public final class TaskTableParser {

    private static final Pattern HEAD_NUMBER = Pattern.compile("^(序号|编号|任务编号|序|号|no\\.?|NO\\.?)$");
    private static final Pattern HEAD_DEADLINE = Pattern.compile("时限|完成时间|时间要求|时间节点|期限|进度安排");
    private static final Pattern HEAD_LEAD = Pattern.compile("牵头|主责|主办");
    private static final Pattern HEAD_RESPONSIBLE = Pattern.compile("责任单位|责任部门|配合|协办|协助|参与|责任主体");
    private static final Pattern HEAD_AREA = Pattern.compile("领域|类别|板块|方面|专项|部分|工作类别");
    private static final Pattern HEAD_TASK = Pattern.compile("任务|内容|措施|举措|工作要点|事项");
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:\\(\\s*([一二三四五六七八九十百零〇两]{1,4}|\\d{1,3})\\s*\\)\\s*[、.]?|([一二三四五六七八九十百零〇两]{1,4})\\s*[、.,]|(\\d{1,3})\\s*[、.](?!\\d))\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\u3000\\u00A0]{2,}");

    private static final int NONE = -1;

    /** Column positions in the header row. */
    private record Columns(int number, int area, int task, int lead, int responsible, int deadline) {
        boolean valid() {
            return task != NONE && (lead != NONE || responsible != NONE);
        }
    }

    /** The plan the table holds; a table without a recognisable header gives no tasks and a NO_TASKS warning. */
    public ParsedPlan parse(List<List<String>> grid) {
        try {
            return read(grid);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedPlan(null, List.of(), List.of(new ParseWarning("PARSE_FAILED", null, null,
                    "表格无法解析(" + e.getClass().getSimpleName() + "),请检查文件内容")));
        }
    }

    /**
     * A table flattened to text (one row per line, cells separated by tabs or runs of spaces), or null when the
     * lines hold no task-table header or no task.
     */
    ParsedPlan parseFlattened(String[] lines) {
        int header = -1;
        for (int i = 0; i < lines.length && header < 0; i++) {
            String f = Fold.fold(lines[i]);
            if ((f.contains("任务") || f.contains("内容") || f.contains("措施")) && (f.contains("牵头") || f.contains("责任"))
                    && f.length() < 200) {
                List<String> cells = cells(lines[i]);
                if (cells.size() >= 3 && columns(cells).valid()) {
                    header = i;
                }
            }
        }
        if (header < 0) {
            return null;
        }
        List<List<String>> grid = new ArrayList<>();
        for (String line : lines) {
            grid.add(cells(line));
        }
        ParsedPlan plan = parse(grid);
        return plan.tasks().isEmpty() ? null : plan;
    }

    private static List<String> cells(String line) {
        if (Fold.strip(line).isEmpty()) {
            return List.of();
        }
        // tabs keep empty cells ("市行政审批局\t\t2024年底"); runs of spaces cannot show them
        if (line.indexOf('\t') >= 0) {
            List<String> cells = new ArrayList<>();
            for (String c : line.split("\t", -1)) {
                cells.add(Fold.strip(c));
            }
            return cells;
        }
        return List.of(SPACES.split(Fold.strip(line)));
    }

    ParsedPlan read(List<List<String>> input) {
        List<List<String>> grid = new ArrayList<>();
        if (input != null) {
            for (List<String> row : input) {
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (String c : row) {
                        cells.add(c == null ? "" : Fold.strip(c.replace('\n', ' ').replace('\r', ' ')));
                    }
                }
                grid.add(cells);
            }
        }
        int headerRow = -1;
        Columns cols = null;
        for (int r = 0; r < grid.size() && headerRow < 0; r++) {
            Columns c = columns(grid.get(r));
            if (c.valid()) {
                headerRow = r;
                cols = c;
            }
        }
        String title = null;
        for (int r = 0; r < (headerRow < 0 ? Math.min(grid.size(), 5) : headerRow) && title == null; r++) {
            List<String> distinct = distinct(grid.get(r));
            if (distinct.size() == 1 && distinct.get(0).length() <= 100) {
                title = distinct.get(0);
            }
        }
        if (headerRow < 0) {
            return PlanAssembly.finish(title, List.of(), List.of(), "未找到任务分工表的表头:表格需要“工作任务”(或“任务”“主要任务”)列和"
                    + "“牵头单位”(或“责任单位”)列");
        }
        // a two-row header: "责任单位" merged over "牵头单位 | 配合单位" — the lower row names the columns it splits
        if (headerRow + 1 < grid.size() && isSecondHeaderRow(grid.get(headerRow), grid.get(headerRow + 1))) {
            List<String> upper = grid.get(headerRow);
            List<String> lower = grid.get(headerRow + 1);
            List<String> combined = new ArrayList<>();
            for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
                String u = cell(upper, c);
                String l = cell(lower, c);
                combined.add(!l.isEmpty() && !l.equals(u) ? l : u);
            }
            Columns c = columns(combined);
            if (c.valid()) {
                cols = c;
                headerRow++;
            }
        }
        List<String> header = grid.get(headerRow);

        // heading rows: their levels decide area and sub-area as in the text parser
        TreeSet<Integer> headingLevels = new TreeSet<>();
        for (int r = headerRow + 1; r < grid.size(); r++) {
            if (isHeadingRow(grid.get(r), cols)) {
                headingLevels.add(headingLevel(distinct(grid.get(r)).get(0)));
            }
        }
        int subLevel = headingLevels.size() >= 2 ? headingLevels.last() : -1;
        int areaOnlyLevel = headingLevels.size() == 1 ? headingLevels.first() : -1;

        String[] stack = new String[7];
        List<TaskDraft> drafts = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        boolean headingSinceTask = false;
        TaskDraft previous = null;
        String previousText = null;
        for (int r = headerRow + 1; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            if (distinct(row).isEmpty() || row.equals(header)) {
                continue;
            }
            if (isHeadingRow(row, cols)) {
                String value = distinct(row).get(0);
                int level = headingLevel(value);
                stack[level] = stripNumbering(value);
                for (int l = level + 1; l < stack.length; l++) {
                    stack[l] = null;
                }
                headingSinceTask = true;
                continue;
            }
            String taskCell = cell(row, cols.task);
            if (taskCell.isEmpty()) {
                continue;
            }
            String numberCell = cell(row, cols.number);
            int number = number(numberCell);
            String text = taskCell;
            // "(3)建立…" in the task cell: the numbering is not part of the text; it is the number when 序号 is empty
            Matcher numbered = NUMBERING.matcher(Fold.fold(taskCell));
            if (numbered.find() && numbered.end() < taskCell.length()) {
                text = taskCell.substring(numbered.end());
                if (cols.number == NONE || numberCell.isEmpty()) {
                    String n = numbered.group(1) != null ? numbered.group(1) : numbered.group(2) != null ? numbered.group(2) : numbered.group(3);
                    number = Fold.number(n);
                }
            }
            if (cols.number != NONE && !numberCell.isEmpty() && number < 0) {
                warnings.add(new ParseWarning("UNREADABLE_NUMBER", null, r + 1, "第 " + (r + 1) + " 行的序号“" + numberCell
                        + "”无法识别,已按顺序编号"));
            }
            // rows of one merged task: the same number and text, other units
            if (previous != null && text.equals(previousText) && (number == previous.number || number < 0)) {
                takeUnits(previous, row, cols);
                continue;
            }
            TaskDraft d = new TaskDraft(number, r + 1);
            d.newSection = headingSinceTask;
            headingSinceTask = false;
            if (subLevel > 0) {
                d.subArea = stack[subLevel];
                for (int l = subLevel - 1; l >= 1 && d.area == null; l--) {
                    d.area = stack[l];
                }
            } else if (areaOnlyLevel > 0) {
                d.area = stack[areaOnlyLevel];
            }
            String areaCell = cell(row, cols.area);
            if (!areaCell.isEmpty()) {
                if (d.area != null && d.subArea == null && !stripNumbering(areaCell).equals(d.area)) {
                    d.subArea = stripNumbering(areaCell);
                } else if (d.area == null || d.subArea != null) {
                    d.area = stripNumbering(areaCell);
                }
            }
            d.text.append(Fold.strip(text));
            takeUnits(d, row, cols);
            drafts.add(d);
            previous = d;
            previousText = text;
        }
        if (drafts.stream().allMatch(d -> d.number < 0)) {
            int n = 1;
            for (TaskDraft d : drafts) {
                d.number = n++;
            }
        }
        return PlanAssembly.finish(title, drafts, warnings, "任务分工表中没有任务行");
    }

    /** The row under a header names columns (牵头单位, 配合单位, …) and holds no task number. */
    private static boolean isSecondHeaderRow(List<String> upper, List<String> lower) {
        boolean names = false;
        for (int c = 0; c < lower.size(); c++) {
            String l = key(lower.get(c));
            if (l.isEmpty() || l.equals(key(cell(upper, c)))) {
                continue;
            }
            if (l.length() > 12 || !(HEAD_LEAD.matcher(l).find() || HEAD_RESPONSIBLE.matcher(l).find()
                    || HEAD_DEADLINE.matcher(l).find() || HEAD_TASK.matcher(l).find() || HEAD_AREA.matcher(l).find())) {
                return false;
            }
            names = true;
        }
        return names;
    }

    private static void takeUnits(TaskDraft d, List<String> row, Columns cols) {
        String lead = cell(row, cols.lead);
        if (!lead.isEmpty()) {
            d.take(UnitClause.read("牵头单位:" + lead), false);
        }
        String responsible = cell(row, cols.responsible);
        if (!responsible.isEmpty()) {
            d.take(UnitClause.read("责任单位:" + responsible), false);
        }
        String deadline = UnitClause.clean(cell(row, cols.deadline));
        if (!deadline.isEmpty() && d.deadlineText == null) {
            d.deadlineText = deadline;
        }
    }

    private static Columns columns(List<String> row) {
        int number = NONE;
        int area = NONE;
        int task = NONE;
        int lead = NONE;
        int responsible = NONE;
        int deadline = NONE;
        for (int i = 0; i < row.size(); i++) {
            String h = key(row.get(i));
            if (h.isEmpty() || h.length() > 20) {
                continue;
            }
            if (number == NONE && HEAD_NUMBER.matcher(h).find()) {
                number = i;
            } else if (deadline == NONE && HEAD_DEADLINE.matcher(h).find()) {
                deadline = i;
            } else if (lead == NONE && HEAD_LEAD.matcher(h).find()) {
                lead = i;
            } else if (responsible == NONE && HEAD_RESPONSIBLE.matcher(h).find()) {
                responsible = i;
            } else if (area == NONE && HEAD_AREA.matcher(h).find() && !h.contains("任务")) {
                area = i;
            } else if (task == NONE && HEAD_TASK.matcher(h).find()) {
                task = i;
            }
        }
        return new Columns(number, area, task, lead, responsible, deadline);
    }

    private static String key(String cell) {
        return Fold.fold(cell).replaceAll("[\\s]+", "");
    }

    private static boolean isHeadingRow(List<String> row, Columns cols) {
        List<String> distinct = distinct(row);
        if (distinct.size() != 1) {
            return false;
        }
        // a merged heading fills every cell; a short row ("一、…" alone in the first cell) is a heading too
        String only = distinct.get(0);
        if (!NUMBERING.matcher(Fold.fold(only)).find() && only.length() > 40) {
            return false; // a long unnumbered text alone in its row is a task without units, not a heading
        }
        return cell(row, cols.lead).isEmpty() && cell(row, cols.responsible).isEmpty() && cell(row, cols.deadline).isEmpty()
                || (cell(row, cols.task).equals(only) && cell(row, cols.lead).equals(only));
    }

    private static int headingLevel(String value) {
        String f = Fold.strip(Fold.fold(value));
        Matcher m = NUMBERING.matcher(f);
        if (!m.find()) {
            return 1;
        }
        if (m.group(2) != null) {
            return 1;
        }
        if (m.group(3) != null) {
            return 3;
        }
        return Character.isDigit(m.group(1).charAt(0)) ? 4 : 2;
    }

    private static String stripNumbering(String value) {
        Matcher m = NUMBERING.matcher(Fold.fold(value));
        return UnitClause.clean(m.find() ? value.substring(m.end()) : value);
    }

    private static int number(String cell) {
        String f = Fold.fold(cell).replaceAll("[\\s().、,]+", "");
        if (f.endsWith("项")) {
            f = f.substring(0, f.length() - 1);
        }
        return Fold.number(f);
    }

    private static String cell(List<String> row, int column) {
        return column == NONE || column >= row.size() ? "" : row.get(column);
    }

    private static List<String> distinct(List<String> row) {
        List<String> values = new ArrayList<>();
        for (String c : row) {
            if (!c.isEmpty() && !values.contains(c)) {
                values.add(c);
            }
        }
        return values;
    }
}
