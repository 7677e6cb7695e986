package cn.fazhi.plan.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a plan says about who does a task and by when: the closing parenthesis "(牵头单位:市编办。2016年底完成)",
 * a line of its own "责任单位:市司法局  完成时限:2017年底", or a table cell. Units are separated by 、 , , / or spaces;
 * "牵头单位/牵头部门" name lead units, "责任单位/配合单位/…" responsible units, "X牵头" and "Y配合" are read too,
 * "各牵头单位落实" / "各责任单位落实" stand for every lead / responsible unit, and a fragment that reads as a deadline is
 * the deadline wherever it stands. Units are returned as written (traditional characters stay traditional).
 */
final class UnitClause {

    enum Role { NONE, LEAD, RESPONSIBLE, DEADLINE }

    /**
     * What a clause said.
     *
     * @param labelled     a unit label, a "各…落实" phrase or an "X牵头" form was found: this is a units clause
     * @param deadlineText the deadline fragment(s) as written, or null
     * @param unlabelled   fragments that name no role (accepted as lead units only next to a deadline)
     */
    record Clause(List<String> lead, List<String> responsible, boolean allLead, boolean allResponsible,
            String deadlineText, boolean labelled, List<String> unlabelled) {

        /**
         * Whether the clause says who or by when: a unit label, "各…落实", "X牵头", or a deadline that can be read
         * ("(2017年底完成)"). A parenthesis such as "(同发〔2018〕14号)" or "(试行)" is text.
         */
        boolean isUnitsClause() {
            return labelled || deadlineText != null && !BARE_YEAR.matcher(Fold.fold(deadlineText)).matches()
                    && Deadlines.read(deadlineText).kind() != ParsedTask.DeadlineKind.NONE;
        }

        boolean isEmpty() {
            return lead.isEmpty() && responsible.isEmpty() && !allLead && !allResponsible && deadlineText == null;
        }
    }

    private static final Pattern ALL = Pattern.compile("各\\s*(牵头|责任|配合)\\s*(单位|部门)\\s*(分别|共同)?\\s*(负责)?\\s*(落实|负责|执行|实施|推进)");
    private static final Pattern LABEL = Pattern.compile(
            "(牵头责任单位|牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|配合单位|配合部门|协办单位|协助单位|参与单位|"
                    + "完成时限|完成时间|时限要求|时间要求|时间节点|完成期限|时限)\\s*[::]?\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[。;,\\n]");
    /** "(2023年)" alone is a year mentioned in the text, not a deadline. */
    private static final Pattern BARE_YEAR = Pattern.compile("\\s*(?:19|20)\\d\\d\\s*年?(度)?\\s*");
    /** A year that starts a deadline inside a units piece: four digits followed by 年, not part of a longer code. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9A-Za-z])(?:19|20)\\d\\d(?=\\s*年)");
    private static final Pattern LEAD_SUFFIX = Pattern.compile("(牵头负责|牵头|负责)$");
    private static final Pattern RESPONSIBLE_SUFFIX = Pattern.compile("(配合|参与|协助|协办)$");

    /** How organisations' names end (市编办, 市司法局, 县人民政府, 市委政法委, 东城街道, 荆门仲裁委员会秘书处). */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "^[^\\d,。;:、\\s]{1,24}(局|委|办|厅|院|部|会|处|室|中心|政府|单位|部门|街道|镇|乡|队|所|站|组|社|联|署|科|庭|馆)$");
    private static final Pattern NOT_A_NAME = Pattern.compile("报|完成|落实|推进|开展|建立|制定|备案|执行");

    private UnitClause() {
    }

    /** Whether an unlabelled fragment is named like an organisation. */
    static boolean looksLikeUnit(String fragment) {
        String f = Fold.fold(fragment);
        return UNIT_NAME.matcher(f).matches() && !NOT_A_NAME.matcher(f).find();
    }

    static Clause read(String original) {
        String folded = Fold.fold(original);
        List<String> lead = new ArrayList<>();
        List<String> responsible = new ArrayList<>();
        List<String> deadline = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        boolean allLead = false;
        boolean allResponsible = false;
        boolean labelled = false;

        // "各牵头单位落实" first: its words would otherwise read as a label
        StringBuilder masked = new StringBuilder(folded);
        Matcher all = ALL.matcher(folded);
        while (all.find()) {
            if (all.group(1).equals("牵头")) {
                allLead = true;
            } else {
                allResponsible = true;
            }
            labelled = true;
            for (int i = all.start(); i < all.end(); i++) {
                masked.setCharAt(i, '。');
            }
        }
        String text = masked.toString();

        // segments between labels: [start, end) with the role the label before it gives
        List<int[]> segments = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        Matcher label = LABEL.matcher(text);
        int pos = 0;
        Role role = Role.NONE;
        while (label.find()) {
            segments.add(new int[] {pos, label.start()});
            roles.add(role);
            role = roleOf(label.group(1));
            labelled |= role == Role.LEAD || role == Role.RESPONSIBLE;
            pos = label.end();
        }
        segments.add(new int[] {pos, text.length()});
        roles.add(role);

        for (int s = 0; s < segments.size(); s++) {
            int[] seg = segments.get(s);
            Role segRole = roles.get(s);
            int start = seg[0];
            Matcher sep = SEPARATOR.matcher(text).region(seg[0], seg[1]);
            while (start <= seg[1]) {
                int end = sep.find() ? sep.start() : seg[1];
                piece(original, text, start, end, segRole, lead, responsible, deadline, unlabelled);
                if (end >= seg[1]) {
                    break;
                }
                start = end + 1;
            }
        }
        for (String p : unlabelled) {
            if (LEAD_SUFFIX.matcher(p).find() || RESPONSIBLE_SUFFIX.matcher(p).find()) {
                labelled = true;
            }
        }
        List<String> rest = new ArrayList<>();
        for (String p : unlabelled) {
            Matcher ls = LEAD_SUFFIX.matcher(Fold.fold(p));
            Matcher rs = RESPONSIBLE_SUFFIX.matcher(Fold.fold(p));
            if (ls.find()) {
                units(p.substring(0, ls.start()), lead);
            } else if (rs.find()) {
                units(p.substring(0, rs.start()), responsible);
            } else {
                rest.add(p);
            }
        }
        String deadlineText = deadline.isEmpty() ? null : String.join(",", deadline);
        return new Clause(dedupe(lead), dedupe(responsible), allLead, allResponsible, deadlineText, labelled,
                rest.stream().filter(u -> !u.isEmpty()).toList());
    }

    private static void piece(String original, String folded, int start, int end, Role role, List<String> lead,
            List<String> responsible, List<String> deadline, List<String> unlabelled) {
        String f = folded.substring(start, end);
        String o = original.substring(start, end);
        if (Fold.strip(f).isEmpty()) {
            return;
        }
        if (role == Role.DEADLINE) {
            deadline.add(clean(o));
            return;
        }
        // "市编办2016年底完成": the units end where the year begins
        Matcher year = YEAR.matcher(f);
        if (year.find() && year.start() > 0 && !Fold.strip(f.substring(0, year.start())).isEmpty()) {
            piece(original, folded, start, start + year.start(), role, lead, responsible, deadline, unlabelled);
            deadline.add(clean(o.substring(year.start())));
            return;
        }
        if (Deadlines.looksLikeDeadline(f)) {
            deadline.add(clean(o));
            return;
        }
        switch (role) {
            case LEAD -> units(o, lead);
            case RESPONSIBLE -> units(o, responsible);
            default -> {
                String c = clean(o);
                if (c.startsWith("由")) {
                    c = c.substring(1);
                }
                unlabelled.add(c);
            }
        }
    }

    /**
     * Splits a list of units written as "市委办公室、市政府办公室" and adds each, as written. Spaces separate units only
     * when every part is named like one ("区司法局 区财政局"); "市 编办" (a stray space, or a PDF's letter spacing) is
     * one unit.
     */
    static void units(String written, List<String> into) {
        String f = Fold.fold(written);
        int start = 0;
        int depth = 0;
        for (int i = 0; i <= f.length(); i++) {
            char c = i == f.length() ? '、' : f.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            // "各县(市、区)政府" is one unit: separators inside brackets do not split
            if (i == f.length() || depth == 0 && isUnitSeparator(c)) {
                if (i > start) {
                    spaced(written.substring(start, i), into);
                }
                start = i + 1;
            }
        }
    }

    private static void spaced(String chunk, List<String> into) {
        String trimmed = clean(chunk);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= trimmed.length(); i++) {
            if (i == trimmed.length() || Fold.isBlank(trimmed.charAt(i))) {
                if (i > start) {
                    parts.add(trimmed.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (parts.size() > 1 && !parts.stream().allMatch(UnitClause::looksLikeUnit)) {
            unit(trimmed, into);
            return;
        }
        for (String part : parts) {
            unit(part, into);
        }
    }

    private static boolean isUnitSeparator(char c) {
        return c == '、' || c == ',' || c == '/' || c == ';' || c == '。';
    }

    private static void unit(String written, List<String> into) {
        String name = clean(written);
        if (Fold.fold(name).startsWith("由") && name.length() > 2) {
            name = name.substring(1);
        }
        for (String suffix : new String[] {"等单位", "等部门", "等"}) {
            if (Fold.fold(name).endsWith(suffix) && name.length() > suffix.length() + 1) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        name = clean(name);
        if (!name.isEmpty()) {
            into.add(name);
        }
    }

    /** A fragment without surrounding blanks and trailing punctuation (one pass of indexes: linear in its length). */
    static String clean(String s) {
        int b = 0;
        int e = s.length();
        boolean changed = true;
        while (changed) {
            changed = false;
            while (b < e && Fold.isBlank(s.charAt(b))) {
                b++;
            }
            while (e > b && Fold.isBlank(s.charAt(e - 1))) {
                e--;
            }
            if (e > b && "。.,,;;::、)".indexOf(Fold.fold(s.charAt(e - 1))) >= 0) {
                e--;
                changed = true;
            }
            if (e > b && "。.,,;;::、(".indexOf(Fold.fold(s.charAt(b))) >= 0) {
                b++;
                changed = true;
            }
        }
        return s.substring(b, e);
    }

    private static Role roleOf(String label) {
        if (label.startsWith("牵头") || label.startsWith("主")) {
            return Role.LEAD;
        }
        if (label.contains("单位") || label.contains("部门")) {
            return Role.RESPONSIBLE;
        }
        return Role.DEADLINE;
    }

    private static List<String> dedupe(List<String> units) {
        return List.copyOf(new LinkedHashSet<>(units));
    }
}
