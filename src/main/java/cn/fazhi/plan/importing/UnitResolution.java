package cn.fazhi.plan.importing;

import java.util.List;

/**
 * How a unit name of the document resolves: {@code how} is EXACT, SHORT_NAME, ALIAS (the tree knows it), MAP or
 * CREATE (the user decided), or UNRESOLVED; {@code taskNumbers} are the tasks that name it.
 */
public record UnitResolution(String name, Long orgId, String orgName, String how, List<Integer> taskNumbers) {

    public boolean resolved() {
        return !"UNRESOLVED".equals(how);
    }

    public String howLabel() {
        return switch (how) {
            case "EXACT" -> "全称匹配";
            case "SHORT_NAME" -> "简称匹配";
            case "ALIAS" -> "别名匹配";
            case "MAP" -> "人工指定";
            case "CREATE" -> "新建单位";
            default -> "未识别";
        };
    }
}
