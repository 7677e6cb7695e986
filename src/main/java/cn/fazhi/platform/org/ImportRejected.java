package cn.fazhi.platform.org;

import cn.fazhi.platform.kernel.BusinessException;
import java.util.List;

/** An import refused as a whole: every invalid row with its Excel row number and the Chinese reason. Nothing written. */
public class ImportRejected extends BusinessException {

    /** One problem: the Excel row number (1-based as Excel shows it), the column header (may be null), the reason. */
    public record RowError(int row, String column, String message) {
        public String text() {
            return "第" + row + "行" + (column == null ? "" : "【" + column + "】") + ":" + message;
        }
    }

    private final List<RowError> rowErrors;

    public ImportRejected(List<RowError> rowErrors) {
        super("IMPORT_INVALID", "导入文件有" + rowErrors.size() + "处错误,未导入任何数据,请修改后重新导入", 400,
                rowErrors.stream().map(e -> new FieldError("第" + e.row() + "行" + (e.column() == null ? "" : " " + e.column()),
                        e.message())).toList());
        this.rowErrors = List.copyOf(rowErrors);
    }

    public List<RowError> rowErrors() {
        return rowErrors;
    }
}
