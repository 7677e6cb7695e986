package cn.fazhi.platform.org;

/** The outcome of an accepted import: rows written and rows identical to what is already stored. */
public record ImportResult(int created, int unchanged) {
    public String message() {
        return "导入成功:新增" + created + "条,未变化" + unchanged + "条";
    }
}
