package cn.fazhi.platform.org;

import java.util.Arrays;
import java.util.Optional;

/** What an organisation is (单位类型). Partner organs (法院、检察院) are not part of the government tree. */
public enum OrgKind {
    GOVERNMENT("人民政府"),
    DEPARTMENT("政府部门"),
    TOWN("乡镇(街道)"),
    OFFICE("内设机构"),
    PARTNER_ORGAN("协作机关"),
    PUBLIC("社会公众");

    private final String label;

    OrgKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a code ({@code TOWN}) or a Chinese label ({@code 乡镇(街道)}, also with full-width brackets). */
    public static Optional<OrgKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace('（', '(').replace('）', ')');
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t)
                        || (k == TOWN && (t.equals("乡镇") || t.equals("街道"))))
                .findFirst();
    }
}
