package cn.fazhi.plan.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan written as text (pasted, or extracted from .txt/.docx/.pdf) into its numbered tasks.
 *
 * <p>The numbering levels are 一、 / (一) / 1. / (1) / ①, with full- or half-width brackets and dots and stray spaces.
 * The task level is the level whose items most often name a 牵头单位/责任单位 (or end in a deadline); the levels above
 * it are headings: a task's sub-area is the nearest heading at the deepest heading level, its area the nearest heading
 * above that (a heading clears the headings below it, so 三、 with no (一) under it is the area itself). Items deeper
 * than the task level and wrapped lines are part of the task. The units and deadline are read from the task's last
 * parenthesis (brackets inside the text, like 县(市、区), stay text), or from lines of their own after the task
 * ("责任单位:…", "完成时限:…"). A task-division table flattened to text (cells separated by tabs or runs of spaces)
 * goes to {@link TaskTableParser}.
 *
 * <p>Never throws: whatever it cannot read becomes a {@link ParseWarning}. Pure Java, no Spring; thread-safe.
 */
public final class PlanParser {

    private static final Pattern L1 = Pattern.compile("^([一二三四五六七八九十百零〇两]{1,4})\\s*[、.,]\\s*");
    private static final Pattern L2 = Pattern.compile("^\\(\\s*([一二三四五六七八九十百零〇两]{1,4})\\s*\\)\\s*[、.]?\\s*");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,3})\\s*[、.](?!\\d)\\s*");
    private static final Pattern L4 = Pattern.compile("^\\(\\s*(\\d{1,3})\\s*\\)\\s*[、.]?\\s*");
    private static final int LEVELS = 5;

    /** Words that show an item names who does it. */
    private static final Pattern MARKER = Pattern.compile(
            "牵头单位|牵头部门|责任单位|责任部门|主责单位|配合单位|各\\s*(牵头|责任)\\s*(单位|部门)|牵头[,。)]");
    /**
     * A line of its own naming units or a deadline: "责任单位:…", "(牵头单位:…)", "完成时限:…", "各责任单位落实". The label
     * needs its colon (or a space): a wrapped line that begins with "责任单位,细化…" is text.
     */
    private static final Pattern FIELD_LINE = Pattern.compile(
            "^\\(?\\s*(牵头责任单位|牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间|时限要求|时限)"
                    + "\\s*(?:[::]|\\s(?=\\S))"
                    + "|^\\(?\\s*各\\s*(牵头|责任)\\s*(单位|部门)\\s*(负责)?\\s*落实\\s*[)。.]*\\s*$");
    private static final Pattern OPEN_UNITS = Pattern.compile("\\((?=\\s*(牵头|责任|主责|各\\s*牵头|各\\s*责任))");
    /** A page number or footer line of a PDF's text ("— 3 —", "-12-", "第 3 页 共 9 页", "3"): not part of a task. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–\\s]*\\d{1,4}[-—–\\s]*$|^第\\s*\\d{1,4}\\s*页(\\s*[,/]?\\s*共\\s*\\d{1,4}\\s*页)?$");
    private static final Pattern YEARS = Pattern.compile("^\\(\\s*(?:19|20)\\d\\d\\s*[-—–~至到]+\\s*(?:19|20)\\d\\d\\s*年?\\s*\\)$");

    private final TaskTableParser tables = new TaskTableParser();

    /** The plan read from its text; never throws. */
    public ParsedPlan parse(String text) {
        try {
            return read(text);
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort: the fuzz tests call read() so that a bug shows there instead of being hidden here.
            return new ParsedPlan(null, List.of(), List.of(new ParseWarning("PARSE_FAILED", null, null,
                    "文本无法解析(" + e.getClass().getSimpleName() + "),请检查文件内容或改为粘贴文本")));
        }
    }

    /** A numbered line: its level (1 = 一、 … 5 = ①), number, and where its content starts. */
    private record Item(int level, int number, int contentStart) {
    }

    ParsedPlan read(String input) {
        String text = input == null ? "" : input;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n')
                .replace('\u0085', '\n').replace('\f', '\n');
        String[] lines = text.split("\n", -1);

        // a task-division table flattened to text; a plan whose text carries more tasks than its table keeps the text
        ParsedPlan table = tables.parseFlattened(lines);
        ParsedPlan fromText = readNumbered(lines);
        return table != null && table.tasks().size() >= fromText.tasks().size() ? table : fromText;
    }

    private ParsedPlan readNumbered(String[] lines) {

        Item[] items = new Item[lines.length];
        String[] folded = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            folded[i] = Fold.fold(lines[i]);
            items[i] = classify(folded[i]);
        }

        boolean[] marked = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            marked[i] = items[i] != null && hasMarker(block(folded, items, i));
        }
        int taskLevel = taskLevel(items, marked);
        String title = title(lines, folded, items);
        if (taskLevel < 0) {
            return PlanAssembly.finish(title, List.of(), List.of(), "未识别出任务:文中没有编号的条目写明“牵头单位”或“责任单位”。"
                    + "请确认上传的是实施方案或任务分工表,或把任务整理为“(1)任务内容(牵头单位:××。××年底完成)”的格式后粘贴");
        }

        // heading levels used above the task level: the deepest is the sub-area, the nearest above it the area
        TreeSet<Integer> headingLevels = new TreeSet<>();
        for (Item it : items) {
            if (it != null && it.level < taskLevel) {
                headingLevels.add(it.level);
            }
        }
        int subLevel = headingLevels.size() >= 2 ? headingLevels.last() : -1;
        int areaOnlyLevel = headingLevels.size() == 1 ? headingLevels.first() : -1;
        int topLevel = headingLevels.isEmpty() ? -1 : headingLevels.first();

        int wrapWidth = wrapWidth(folded);
        int openHeading = -1;
        String[] stack = new String[LEVELS + 1];
        List<TaskDraft> drafts = new ArrayList<>();
        List<Boolean> taskMarked = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        int section = 0;
        boolean headingSinceTask = false;
        TaskDraft current = null;
        for (int i = 0; i < lines.length; i++) {
            Item it = items[i];
            String f = folded[i];
            if (it != null && it.level < taskLevel) {
                finishText(current);
                current = null;
                stack[it.level] = headingTitle(lines[i], f, it.contentStart);
                for (int l = it.level + 1; l <= LEVELS; l++) {
                    stack[l] = null;
                }
                // a heading as long as the page is wide goes on on the next line (text extracted from a PDF)
                openHeading = wrapWidth > 0 && Fold.strip(f).length() * 10 >= wrapWidth * 9 && !f.contains("。") ? it.level : -1;
                if (it.level == topLevel) {
                    section++;
                }
                headingSinceTask = true;
            } else if (it == null && current == null && openHeading > 0) {
                String stripped = Fold.strip(f);
                if (stripped.isEmpty() || PAGE_NUMBER.matcher(stripped).matches()) {
                    continue;
                }
                if (stripped.length() <= wrapWidth && !stripped.endsWith("。") && !FIELD_LINE.matcher(stripped).find()) {
                    stack[openHeading] = UnitClause.clean(stack[openHeading] + Fold.strip(lines[i]));
                }
                openHeading = stripped.length() * 10 >= wrapWidth * 9 ? openHeading : -1;
            } else if (it != null && it.level == taskLevel) {
                openHeading = -1;
                finishText(current);
                current = new TaskDraft(it.number, i + 1);
                current.newSection = headingSinceTask;
                headingSinceTask = false;
                if (subLevel > 0) {
                    current.subArea = stack[subLevel];
                    for (int l = subLevel - 1; l >= 1 && current.area == null; l--) {
                        current.area = stack[l];
                    }
                } else if (areaOnlyLevel > 0) {
                    current.area = stack[areaOnlyLevel];
                }
                append(current, lines[i].substring(it.contentStart));
                drafts.add(current);
                taskMarked.add(marked[i]);
                sectionOf.add(section);
            } else if (current != null) {
                String stripped = Fold.strip(f);
                if (stripped.isEmpty() || PAGE_NUMBER.matcher(stripped).matches()) {
                    continue;
                }
                if (it == null && !endsInOpenParenthesis(current.text) && FIELD_LINE.matcher(stripped).find()) {
                    current.take(UnitClause.read(UnitClause.clean(Fold.strip(lines[i]))), true);
                    current.closed = true;
                } else if (it != null || !current.closed) {
                    append(current, Fold.strip(lines[i]));
                }
            }
        }
        finishText(current);

        // numbered items in a part of the document where no item names a unit (goals, principles) are not tasks
        List<ParseWarning> documentWarnings = new ArrayList<>();
        Map<Integer, Boolean> sectionHasMarker = new HashMap<>();
        for (int k = 0; k < drafts.size(); k++) {
            sectionHasMarker.merge(sectionOf.get(k), taskMarked.get(k), Boolean::logicalOr);
        }
        List<TaskDraft> tasks = new ArrayList<>();
        int ignored = 0;
        int firstIgnoredLine = 0;
        for (int k = 0; k < drafts.size(); k++) {
            if (topLevel > 0 && !sectionHasMarker.get(sectionOf.get(k))) {
                if (ignored++ == 0) {
                    firstIgnoredLine = drafts.get(k).line;
                }
            } else {
                tasks.add(drafts.get(k));
            }
        }
        if (ignored > 0) {
            documentWarnings.add(new ParseWarning("IGNORED_ITEMS", null, firstIgnoredLine, "第 " + firstIgnoredLine
                    + " 行起有 " + ignored + " 个编号条目所在部分没有写明任何牵头单位或完成时限,未作为任务读取;如果它们是任务,请补充牵头单位后重新上传"));
        }
        return PlanAssembly.finish(title, tasks, documentWarnings, "未识别出任务:文中没有编号的条目写明“牵头单位”或“责任单位”");
    }

    private static Item classify(String folded) {
        int b = 0;
        while (b < folded.length() && Fold.isBlank(folded.charAt(b))) {
            b++;
        }
        if (b == folded.length()) {
            return null;
        }
        String s = b == 0 ? folded : folded.substring(b);
        char c = s.charAt(0);
        Matcher m;
        if (c == '(') {
            if ((m = L4.matcher(s)).find()) {
                return new Item(4, Integer.parseInt(m.group(1)), b + m.end());
            }
            if ((m = L2.matcher(s)).find()) {
                return new Item(2, Fold.number(m.group(1)), b + m.end());
            }
            return null;
        }
        if (c >= '0' && c <= '9') {
            if ((m = L3.matcher(s)).find()) {
                return new Item(3, Integer.parseInt(m.group(1)), b + m.end());
            }
            return null;
        }
        if (c >= '\u2460' && c <= '\u2473') { // ① … ⑳
            int e = 1;
            while (e < s.length() && Fold.isBlank(s.charAt(e))) {
                e++;
            }
            return new Item(5, c - '\u2460' + 1, b + e);
        }
        if ((m = L1.matcher(s)).find()) {
            int n = Fold.number(m.group(1));
            return n > 0 ? new Item(1, n, b + m.end()) : null;
        }
        return null;
    }

    /**
     * The width of the page when the text was wrapped at it (a PDF's text layer: many lines of the same, greatest
     * length), or 0 when lines are paragraphs.
     */
    static int wrapWidth(String[] folded) {
        int max = 0;
        int nonEmpty = 0;
        int[] lengths = new int[folded.length];
        for (int i = 0; i < folded.length; i++) {
            lengths[i] = Fold.strip(folded[i]).length();
            if (lengths[i] > 0) {
                nonEmpty++;
                max = Math.max(max, lengths[i]);
            }
        }
        if (max < 10 || max > 200 || nonEmpty < 10) {
            return 0;
        }
        int full = 0;
        for (int length : lengths) {
            if (length * 10 >= max * 9) {
                full++;
            }
        }
        return full * 10 >= nonEmpty * 3 ? max : 0;
    }

    /** Whether the task's text so far ends inside a parenthesis that the next line closes. */
    private static boolean endsInOpenParenthesis(StringBuilder text) {
        int from = Math.max(0, text.length() - 300);
        for (int i = text.length() - 1; i >= from; i--) {
            char c = Fold.fold(text.charAt(i));
            if (c == ')') {
                return false;
            }
            if (c == '(') {
                return true;
            }
        }
        return false;
    }

    /** The level whose items most often name units (ties: the deeper), or -1 when no item does. */
    private static int taskLevel(Item[] items, boolean[] marked) {
        int[] counts = new int[LEVELS + 1];
        for (int i = 0; i < items.length; i++) {
            if (marked[i]) {
                counts[items[i].level]++;
            }
        }
        int best = -1;
        for (int l = 1; l <= LEVELS; l++) {
            if (counts[l] > 0 && (best < 0 || counts[l] >= counts[best])) {
                best = l;
            }
        }
        return best;
    }

    /** The folded text of an item: its line and the unnumbered lines after it. */
    private static String block(String[] folded, Item[] items, int i) {
        int end = i + 1;
        while (end < folded.length && items[end] == null) {
            end++;
        }
        if (end == i + 1) {
            return folded[i];
        }
        StringBuilder b = new StringBuilder(folded[i]);
        for (int k = i + 1; k < end; k++) {
            b.append('\n').append(folded[k]);
        }
        return b.toString();
    }

    /**
     * Whether an item says who does it or by when in the form plans use: its last parenthesis is a units clause, an
     * "(牵头单位…" clause opens in it, or a line of its own names units or a deadline. A report that merely mentions
     * 牵头单位 in a sentence has no such item.
     */
    private static boolean hasMarker(String foldedBlock) {
        // indexOf first: the regexes only run on blocks that hold one of the words
        boolean candidate = foldedBlock.indexOf("牵头") >= 0 || foldedBlock.indexOf("单位") >= 0 || foldedBlock.indexOf("部门") >= 0
                || foldedBlock.indexOf("时限") >= 0;
        if (candidate && MARKER.matcher(foldedBlock).find()) {
            if (OPEN_UNITS.matcher(foldedBlock).find()) {
                return true;
            }
            for (String line : foldedBlock.split("\n")) {
                if (FIELD_LINE.matcher(Fold.strip(line)).find()) {
                    return true;
                }
            }
        }
        int[] paren = lastParen(foldedBlock);
        return paren != null && UnitClause.read(foldedBlock.substring(paren[0] + 1, paren[1])).isUnitsClause();
    }

    /** Longest task text kept while reading (a task never needs more; noise without numbering stops here). */
    private static final int MAX_READ = 4 * PlanAssembly.MAX_TEXT;

    private static void append(TaskDraft d, String line) {
        String s = Fold.strip(line);
        if (s.isEmpty() || d.text.length() > MAX_READ) {
            return;
        }
        d.text.append(s, 0, Math.min(s.length(), MAX_READ));
        // only the tail can hold the closing parenthesis: fold that, not the whole text again
        int from = Math.max(0, d.text.length() - 2000);
        String tail = d.text.substring(from);
        int[] paren = lastParen(Fold.fold(tail));
        if (paren != null && d.clause(tail.substring(paren[0] + 1, paren[1])).isUnitsClause()) {
            d.closed = true;
        }
    }

    /** Takes the units clause out of the task text: the last parenthesis, or an unclosed "(牵头单位:…" at the end. */
    private static void finishText(TaskDraft d) {
        if (d == null) {
            return;
        }
        String text = d.text.toString();
        String f = Fold.fold(text);
        // "(牵头单位:市编办)(2016年底完成)": up to three clauses at the end, read from the last
        boolean taken = false;
        for (int k = 0; k < 3; k++) {
            int[] paren = lastParen(f);
            if (paren == null) {
                break;
            }
            UnitClause.Clause c = d.clause(text.substring(paren[0] + 1, paren[1]));
            if (!c.isUnitsClause()) {
                break;
            }
            d.take(c, true);
            setText(d, text.substring(0, paren[0]) + text.substring(paren[1] + 1));
            text = d.text.toString();
            f = Fold.fold(text);
            taken = true;
        }
        if (taken) {
            return;
        }
        // not at the end, or never closed: the last "(牵头单位" / "(责任单位" / "(各牵头单位" opens the clause
        Matcher open = OPEN_UNITS.matcher(f);
        int start = -1;
        while (open.find()) {
            start = open.start();
        }
        if (start >= 0) {
            int close = matchingClose(f, start);
            int end = close < 0 ? text.length() : close;
            d.take(UnitClause.read(text.substring(start + 1, end)), true);
            setText(d, text.substring(0, start) + (close < 0 ? "" : text.substring(close + 1)));
        }
    }

    private static void setText(TaskDraft d, String text) {
        // drop what the removed parenthesis left behind; the sentence keeps its own full stop
        int e = text.length();
        while (e > 0 && (Fold.isBlank(text.charAt(e - 1)) || ",;、".indexOf(Fold.fold(text.charAt(e - 1))) >= 0)) {
            e--;
        }
        d.text.setLength(0);
        d.text.append(Fold.strip(text.substring(0, e)));
    }

    /**
     * The parenthesis that ends the text (after trailing blanks and 。;,), as [open, close] indexes into the folded
     * text, or null.
     */
    static int[] lastParen(String f) {
        int e = f.length();
        while (e > 0 && (Fold.isBlank(f.charAt(e - 1)) || "。;,.".indexOf(f.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (e == 0 || f.charAt(e - 1) != ')') {
            return null;
        }
        int depth = 0;
        for (int i = e - 1; i >= 0; i--) {
            char c = f.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return new int[] {i, e - 1};
            }
        }
        return null;
    }

    private static int matchingClose(String f, int open) {
        int depth = 0;
        for (int i = open; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A heading without its numbering; a heading followed by a sentence on the same line keeps only the heading. */
    private static String headingTitle(String line, String folded, int contentStart) {
        String rest = line.substring(contentStart);
        String f = folded.substring(contentStart);
        int stop = f.indexOf('。');
        if (stop > 0 && stop < f.length() - 1) {
            rest = rest.substring(0, stop);
        }
        return UnitClause.clean(rest);
    }

    /** The first non-empty line before the first numbered one, with a "(2016—2020年)" line after it. */
    private static String title(String[] lines, String[] folded, Item[] items) {
        for (int i = 0; i < lines.length && i < 50; i++) {
            if (items[i] != null) {
                return null;
            }
            String s = Fold.strip(lines[i]);
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > 100 || Fold.fold(s).endsWith("。")) {
                return null;
            }
            for (int k = i + 1; k < lines.length && k < i + 3; k++) {
                String next = Fold.strip(lines[k]);
                if (YEARS.matcher(Fold.fold(next)).matches()) {
                    return s + next;
                }
                if (!next.isEmpty()) {
                    break;
                }
            }
            return s;
        }
        return null;
    }
}
